// "Developer: Inspect Editor Tokens and Scopes" shows the skill scope on a language name.
import assert from 'node:assert/strict';
import { grammarMissing } from '../grammar.mjs';

export const title = 'Inspect Editor Tokens shows the skill scope on "Python"';
export const docsImage = 'token-scope.png';

export default async function (wb) {
  if (grammarMissing()) return { skip: grammarMissing() };
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await wb.revealText('Java, JavaScript, Golang, Python');
  await wb.clickText('Python');
  await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
  const widget = wb.page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible' });
  const text = await widget.innerText();
  assert.match(text, /entity\.name\.type\.skill\.language\.posting/);
  assert.match(text, /text\.posting/);
  await wb.screenshot();
  await wb.page.keyboard.press('Escape');
}
