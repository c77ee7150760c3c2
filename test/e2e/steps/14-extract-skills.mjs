// "Posting Lens: Extract Skills" from the Command Palette opens a Markdown report.
import assert from 'node:assert/strict';
import { editorText } from '../posting-lens.mjs';

export const title = '"Extract Skills" opens a Markdown report of the seed';
export const docsImage = 'extract-skills.png';

export default async function (wb) {
  await wb.openFile('seeds/002_cb59bd19a12584bd.txt');
  await wb.runCommand('Posting Lens: Extract Skills');
  await wb.page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 15_000 });
  await wb.page.locator('.editor-instance .view-lines', { hasText: '### Skills' }).first().waitFor({ timeout: 15_000 });
  assert.match(await editorText(wb), /^## Software Engineer, Machine Learning Platform · Chime/);
  // The top of the report: the heading, the sections, then the skills table.
  await wb.findText('Mentions');
  await wb.findText('Model training');
}
