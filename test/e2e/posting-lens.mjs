// Helpers for the Posting Lens steps (themes, the activity-bar views, the active editor's text).
import assert from 'node:assert/strict';

/** Picks a colour theme through "Preferences: Color Theme", as a person would. */
export async function setTheme(wb, name) {
  // Not wb.runCommand: "Browse Color Themes in Marketplace" ranks first for this label.
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('>Preferences: Color Theme');
  await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: /^Preferences: Color Theme/ }).first().click();
  // The theme picker replaces the palette and takes the focus: type into it.
  await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: /Modern|Dark|Light/ }).first().waitFor({ timeout: 15_000 });
  await wb.page.keyboard.type(name);
  await wb.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: name }).first().waitFor();
  await wb.page.keyboard.press('Enter');
  await wb.page.waitForTimeout(500);
}

/** Opens the Posting Lens container from its activity-bar icon. */
export async function openPostingLens(wb) {
  const icon = wb.page.locator('.activitybar .action-label[aria-label*="Posting Lens"]').first();
  const container = wb.page.locator('.sidebar .composite.title h2', { hasText: /posting lens/i }).first();
  if (await container.isVisible().catch(() => false)) return;
  if (await icon.isVisible().catch(() => false)) await icon.click();
  else await wb.runCommand('View: Show Posting Lens');
  await container.waitFor({ timeout: 15_000 });
  await widenSideBar(wb, 480);
}

/** Drags the side bar's edge so tree rows show their descriptions (a person would do the same). */
async function widenSideBar(wb, width) {
  const box = await wb.page.locator('.part.sidebar').first().boundingBox();
  if (!box || box.width >= width - 10) return;
  const x = box.x + box.width + 1;
  const y = box.y + box.height / 2;
  await wb.page.mouse.move(x, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(box.x + width, y, { steps: 8 });
  await wb.page.mouse.up();
}

/** Back to the Explorer (every step starts from it), after the step's own screenshot. */
export async function closePostingLens(wb) {
  await wb.screenshot();
  await wb.page.keyboard.press('Escape'); // a hover or tooltip must not catch the click
  const explorer = wb.page.locator('.explorer-folders-view, .explorer-viewlet').first();
  await wb.page.locator('.activitybar .action-label[aria-label^="Explorer"]').first().click({ timeout: 5_000 }).catch(() => wb.runCommand('View: Show Explorer'));
  await explorer.waitFor({ timeout: 10_000 });
}

/** The pane of a view in the side bar, by its title ("Sections"). */
export function pane(wb, name) {
  return wb.page.locator('.sidebar .pane', { has: wb.page.locator('.pane-header', { hasText: new RegExp(`^${name}`, 'i') }) }).first();
}

/** The row labels a view shows (label only, without the description). */
export async function rowLabels(wb, name) {
  const rows = pane(wb, name).locator('.monaco-list-row .label-name');
  await rows.first().waitFor({ timeout: 15_000 });
  return (await rows.allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').trim());
}

/** Expands the panes named in `keep` and collapses the container's other panes (for a clear picture). */
export async function showOnlyPanes(wb, keep) {
  const headers = wb.page.locator('.sidebar .pane > .pane-header');
  const count = await headers.count();
  for (let i = 0; i < count; i++) {
    const header = headers.nth(i);
    const title = ((await header.locator('h3.title').first().innerText().catch(() => '')) || '').trim();
    const expanded = (await header.getAttribute('aria-expanded')) === 'true';
    if (keep.some((k) => title.toLowerCase() === k.toLowerCase()) !== expanded) await header.click();
  }
  await wb.page.mouse.move(900, 800); // no tooltip over the views
  await wb.page.waitForTimeout(300);
}

/** Expands a view's pane if it is collapsed. */
export async function expandPane(wb, name) {
  const header = pane(wb, name).locator('.pane-header');
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
}

/** The visible text of the active editor (NBSPs as spaces). */
export async function editorText(wb) {
  const lines = wb.page.locator('.editor-group-container.active .editor-instance .view-lines').first();
  await lines.waitFor();
  const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
  assert.ok(text.trim(), 'the editor is empty');
  return text;
}
