// A skill is coloured differently from the plain text around it (the grammar at work).
import assert from 'node:assert/strict';
import { grammarMissing } from '../grammar.mjs';

export const title = 'a skill ("Python") is coloured differently from plain text';

export default async function (wb) {
  if (grammarMissing()) return { skip: grammarMissing() };
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await wb.revealText('Java, JavaScript, Golang, Python');
  const skill = await wb.colorOf('Python');
  const plain = await wb.colorOf('Hiring manager screen');
  assert.notEqual(skill, plain, `"Python" has the plain-text colour ${plain}`);
}
