// The Skills view groups the seed's skills by level; the status bar counts them.
import assert from 'node:assert/strict';
import { closePostingLens, openPostingLens, rowLabels, showOnlyPanes } from '../posting-lens.mjs';

export const title = 'the Skills view groups skills by level; the status bar counts them';
export const docsImage = 'skills-view.png';

export default async function (wb) {
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await openPostingLens(wb);
  try {
    await showOnlyPanes(wb, ['Skills']);
    const labels = await rowLabels(wb, 'Skills');
    assert.ok(labels.includes('Required'), labels.join(' | '));
    assert.ok(labels.includes('Python'), labels.join(' | '));
    const status = wb.page.locator('.statusbar-item', { hasText: /\d+ skills · 5\+ yrs/ }).first();
    await status.waitFor({ timeout: 15_000 });
    assert.match((await status.innerText()).trim(), /^\d+ skills · 5\+ yrs$/);
  } finally {
    await closePostingLens(wb);
  }
}
