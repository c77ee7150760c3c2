// A person's view of the VS Code workbench in the browser: open files, run commands, read the status
// bar, hover words, read colours. Every e2e step gets one of these.
export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { screenshot }) {
    this.page = page;
    this.screenshot = screenshot;
  }

  async ready() {
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 90_000 });
    // Each step starts from the Explorer. VS Code restores the side bar the last step left open (the
    // Posting Lens views, say) when it saved its state in time, so show the Explorer as a person would
    // (Ctrl+Shift+E shows it, and never hides it): its folder view means the workspace has loaded.
    const explorer = this.page.locator('.explorer-folders-view, .explorer-viewlet').first();
    if (!(await explorer.isVisible())) {
      await this.page.locator('.monaco-workbench .part.sidebar, .monaco-workbench .part.activitybar').first().waitFor({ timeout: 60_000 });
      await this.page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
      await this.page.keyboard.press('Control+Shift+E');
    }
    await explorer.waitFor({ timeout: 60_000 });
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
   * Where `text` is rendered in the editor (its box on the page) and the colour it is drawn in.
   * Monaco merges neighbouring tokens of one style into one span and renders spaces as NBSP, so
   * this searches the text nodes of the visible lines rather than whole spans. Waits until shown.
   */
  async findText(text) {
    const handle = await this.page.waitForFunction(
      (wanted) => {
        const nbsp = wanted.replace(/ /g, '\u00a0');
        for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(nbsp) >= 0 ? node.data.indexOf(nbsp) : node.data.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            const { x, y, width, height } = range.getBoundingClientRect();
            return { x, y, width, height, color: getComputedStyle(node.parentElement).color };
          }
        }
        return null;
      },
      text,
      { timeout: 10_000 },
    );
    return handle.jsonValue();
  }

  async colorOf(text) {
    return (await this.findText(text)).color;
  }

  async clickText(text) {
    const box = await this.findText(text);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Scrolls the editor to the first occurrence of `text` and puts the cursor before it. */
  async revealText(text) {
    await this.page.locator('.editor-instance .view-lines').first().click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const find = this.page.locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor({ state: 'visible' });
    await find.fill(text); // find-as-you-type selects the first match after the cursor
    await this.page.locator('.find-widget .matchesCount', { hasText: /^1 of/ }).waitFor();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('ArrowLeft'); // collapse the selection: the cursor stays there
  }

  /** Moves the mouse over `text` in the editor and returns the hover's text once it shows. */
  async hover(text) {
    const box = await this.findText(text);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .rendered-markdown').first();
    await hover.waitFor({ state: 'visible', timeout: 10_000 });
    await this.page.waitForTimeout(300);
    return (await hover.innerText()).replace(/\u00a0/g, ' ');
  }
}
