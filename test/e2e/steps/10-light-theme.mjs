// A highlighted seed in the Light Modern theme: skills, years and headings coloured.
import assert from 'node:assert/strict';
import { grammarMissing } from '../grammar.mjs';
import { setTheme } from '../posting-lens.mjs';

export const title = 'a seed highlighted in Light Modern';
export const docsImage = 'seed-light.png';

export default async function (wb) {
  if (grammarMissing()) return { skip: grammarMissing() };
  await setTheme(wb, 'Light Modern');
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await wb.revealText('Java, JavaScript, Golang, Python');
  const background = await wb.page.locator('.monaco-editor-background').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.match(background, /rgb\((2[3-5]\d), (2[3-5]\d), (2[3-5]\d)\)/, `a light editor background, got ${background}`);
  assert.notEqual(await wb.colorOf('Python'), await wb.colorOf('Hiring manager screen'), '"Python" has the plain-text colour');
  assert.notEqual(await wb.colorOf('Interview Process'), await wb.colorOf('Hiring manager screen'), 'the heading has the plain-text colour');
}
