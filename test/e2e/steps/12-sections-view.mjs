// The Sections view in the Posting Lens activity-bar container shows the seed's section tree.
import assert from 'node:assert/strict';
import { closePostingLens, openPostingLens, rowLabels, showOnlyPanes } from '../posting-lens.mjs';

export const title = 'the Sections view shows the section tree of a seed';
export const docsImage = 'sections-view.png';

export default async function (wb) {
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await openPostingLens(wb);
  try {
    await showOnlyPanes(wb, ['Sections', 'Requirements']);
    const labels = await rowLabels(wb, 'Sections');
    for (const t of ['Interview Process', 'Responsibilities', 'Qualifications']) assert.ok(labels.includes(t), `${t} missing from ${labels.join(' | ')}`);
    // A click reveals the section in the editor and selects its heading.
    await wb.page.locator('.sidebar .pane .monaco-list-row', { hasText: /^Qualifications/ }).first().click();
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Strong foundation in CS fundamentals' }).first().waitFor();
    await wb.page.mouse.move(900, 800);
    await wb.page.waitForTimeout(500);
  } finally {
    await closePostingLens(wb);
  }
}
