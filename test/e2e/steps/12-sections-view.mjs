// The Sections view in the Posting Lens activity-bar container shows the seed's section tree.
import assert from 'node:assert/strict';
import { closePostingLens, expandPane, openPostingLens, rowLabels } from '../posting-lens.mjs';

export const title = 'the Sections view shows the section tree of a seed';
export const docsImage = 'sections-view.png';

export default async function (wb) {
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await openPostingLens(wb);
  await expandPane(wb, 'Sections');
  const labels = await rowLabels(wb, 'Sections');
  for (const t of ['Interview Process', 'Responsibilities', 'Qualifications', 'Preferred Qualifications']) assert.ok(labels.includes(t), `${t} missing from ${labels.join(' | ')}`);
  // A click reveals the section in the editor.
  await wb.page.locator('.sidebar .pane .monaco-list-row', { hasText: 'Preferred Qualifications' }).first().click();
  await wb.page.locator('.editor-instance .view-lines', { hasText: 'Preferred Qualifications' }).first().waitFor();
  await closePostingLens(wb);
}
