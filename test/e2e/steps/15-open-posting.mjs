// With no posting open, the Sections view welcomes with "Open a Posting…"; its file dialog (VS Code's
// own, in the browser) opens a plain-text posting, which then has its sections in the view.
import assert from 'node:assert/strict';
import { closePostingLens, openPostingLens, rowLabels, showOnlyPanes, pane } from '../posting-lens.mjs';

export const title = '"Open a Posting…" in the welcome view opens a posting through the file dialog';

export default async function (wb) {
  await wb.runCommand('View: Close All Editors');
  // An earlier step's unsaved report asks whether to save it.
  const dontSave = wb.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" }).first();
  if (await dontSave.waitFor({ timeout: 2_000 }).then(() => true, () => false)) await dontSave.click();
  await wb.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 });
  await openPostingLens(wb);
  try {
    await showOnlyPanes(wb, ['Sections']);
    const welcome = pane(wb, 'Sections').locator('.welcome-view-content');
    await welcome.getByText('No job posting is open.').waitFor({ timeout: 15_000 });
    await welcome.getByRole('button', { name: 'Open a Posting…' }).click();
    // The simple file dialog: a quick input holding the folder's path.
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    // Into seeds/ (unless the dialog starts there, in the folder of the last file), then the file:
    // clicked in the dialog's list, as a person would.
    const rows = wb.page.locator('.quick-input-widget:visible .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    if (!/\/seeds\/?$/.test(await input.inputValue())) {
      const seeds = rows.filter({ hasText: /^seeds$/ }).first();
      await seeds.waitFor({ timeout: 15_000 });
      await seeds.click();
    }
    const row = rows.filter({ hasText: '002_cb59bd19a12584bd.txt' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await wb.page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value.endsWith('002_cb59bd19a12584bd.txt'), undefined, { timeout: 10_000 });
    await input.press('Enter');
    await wb.page.locator('.tabs-container .tab.active', { hasText: '002_cb59bd19a12584bd.txt' }).waitFor({ timeout: 15_000 });
    assert.equal(await wb.statusBarLanguage(), 'Job Posting');
    const labels = await rowLabels(wb, 'Sections');
    for (const t of ["What you'd actually do", 'Skills']) assert.ok(labels.includes(t), `${t} missing from ${labels.join(' | ')}`);
  } finally {
    await closePostingLens(wb);
  }
}
