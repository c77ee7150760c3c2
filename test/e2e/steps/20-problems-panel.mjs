// The reviewer rules' findings of a seed in the Problems panel: rule ids as codes, the pay range missing.
import assert from 'node:assert/strict';

export const title = 'the Problems panel lists the findings of a seed with their rule ids';
export const docsImage = 'problems-panel.png';

export default async function (wb) {
  // An earlier step may leave an unsaved untitled result active: close it without saving.
  const active = wb.page.locator('.tabs-container .tab.active');
  if (/Untitled/.test((await active.first().innerText().catch(() => '')) + ((await active.first().getAttribute('aria-label').catch(() => '')) ?? ''))) {
    await wb.runCommand('View: Revert and Close Editor');
  }
  await wb.openFile('seeds/002_cb59bd19a12584bd.txt');
  await wb.page.keyboard.press('Control+Shift+M');
  const panel = wb.page.locator('.markers-panel');
  await panel.locator('.monaco-list-row', { hasText: 'compensation-missing' }).first().waitFor({ timeout: 30_000 });
  const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' '));
  assert.ok(rows.some((r) => r.includes('No pay range is stated') && r.includes('compensation-missing')), rows.join('\n'));
  assert.ok(rows.some((r) => r.includes('too-many-requirements')), rows.join('\n'));
  assert.ok(rows.some((r) => r.includes('Posting Lens')), 'the source is shown');
  await wb.screenshot();
  await wb.page.keyboard.press('Control+J');
}
