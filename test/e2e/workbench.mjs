// A person's view of the VS Code workbench in the browser: open files, run commands, read the status
// bar, hover words, read colours. Every e2e step gets one of these.
import assert from 'node:assert/strict';

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { screenshot }) {
    this.page = page;
    this.screenshot = screenshot;
  }

  async ready() {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
    await this.dismissNotifications();
  }

  async dismissNotifications() {
    await this.page.keyboard.press('Escape');
  }

  /** Opens a workspace file through Quick Open, as a person would (Ctrl+P, type, Enter). */
  async openFile(relativePath) {
    const name = relativePath.split('/').pop();
    await this.page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relativePath);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.page.locator('.editor-instance .view-lines').first().waitFor();
  }

  /** Runs a command from the Command Palette (F1) by its label. */
  async runCommand(label) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The language shown in the status bar ("Job Posting"). */
  async statusBarLanguage() {
    const item = this.page.locator('[id="status.editor.mode"]');
    await item.waitFor();
    return (await item.innerText()).trim();
  }

  /**
   * The rendered token (a span inside the editor's view lines) whose text is exactly `word`.
   * Monaco renders spaces as NBSP, so multi-word terms are matched with either.
   */
  token(word) {
    const text = word.replace(/ /g, '\u00a0');
    return this.page.locator('.editor-instance .view-lines .view-line span > span').filter({ hasText: new RegExp(`^(${escape(word)}|${escape(text)})$`) }).first();
  }

  /** A rendered span that contains `word` as part of its text (for plain words inside a longer token). */
  spanContaining(word) {
    return this.page.locator('.editor-instance .view-lines .view-line span > span', { hasText: word }).first();
  }

  async colorOf(locator) {
    await locator.waitFor();
    return locator.evaluate((el) => getComputedStyle(el).color);
  }

  /** Scrolls the editor to the first line containing `text` and puts the cursor on it. */
  async revealText(text) {
    await this.page.locator('.editor-instance .view-lines').first().click();
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Escape');
  }

  /** Moves the mouse over `locator` and returns the hover's text once it shows. */
  async hover(locator) {
    await locator.waitFor();
    const box = await locator.boundingBox();
    assert.ok(box, 'the word is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .rendered-markdown').first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.waitForTimeout(300);
    return (await hover.innerText()).replace(/\u00a0/g, ' ');
  }

  async click(locator) {
    await locator.waitFor();
    await locator.click();
  }
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
