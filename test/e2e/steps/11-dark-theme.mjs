// The same seed in the Dark Modern theme.
import assert from 'node:assert/strict';
import { grammarMissing } from '../grammar.mjs';
import { setTheme } from '../posting-lens.mjs';

export const title = 'a seed highlighted in Dark Modern';
export const docsImage = 'seed-dark.png';

export default async function (wb) {
  if (grammarMissing()) return { skip: grammarMissing() };
  await setTheme(wb, 'Dark Modern');
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await wb.revealText('Java, JavaScript, Golang, Python');
  const background = await wb.page.locator('.monaco-editor-background').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.match(background, /rgb\(([0-4]\d), ([0-4]\d), ([0-4]\d)\)/, `a dark editor background, got ${background}`);
  assert.notEqual(await wb.colorOf('Python'), await wb.colorOf('Hiring manager screen'));
  await wb.screenshot();
  await setTheme(wb, 'Light Modern'); // the steps after this one expect the default light theme
}
