// Debian's Chromium driven by playwright-core, headless, with a fresh profile and no calls home.
import { chromium } from 'playwright-core';
import { chromiumPath } from './tools.mjs';

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A browser and one page sized like a laptop screen. Playwright gives every launch a fresh profile. */
export async function launchBrowser() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: flags });
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000); // a loaded 2-core CI machine starts the workbench slowly
  return { browser, page };
}

/** The workbench URL for a folder, optionally with the `payload` the smoke-test driver reads. */
export function workbenchUrl(server, folder, payload) {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** A `vscode-remote://` URI for a path on the server, as the payload expects. */
export const remoteUri = (server, absPath) => `vscode-remote://${server.host}${absPath}`;
