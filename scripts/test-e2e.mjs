#!/usr/bin/env node
// `npm run test:e2e`: a person's view. Installs the packaged VSIX into code-server, opens the fixture
// workspace in Chromium and runs the steps of test/e2e/steps/ in name order. Each step is one file:
//   export const title = '…';  export const docsImage = 'x.png' (optional);
//   export default async function (wb) { … }   // wb: test/e2e/workbench.mjs; return { skip } to skip
// A screenshot of every step goes to .test-results/e2e/; on failure also the server log tail.
// Env: POSTING_LENS_UPDATE_DOCS_IMAGES=1 copies the screenshots of steps with a docsImage to docs/images/.
//      POSTING_LENS_STEPS=hover,scope runs only steps whose file name contains one of these.
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Workbench } from '../test/e2e/workbench.mjs';
import { packageExtension } from './package.mjs';
import { resultsFolder, saveFailure } from './vscode/artefacts.mjs';
import { launchBrowser, workbenchUrl } from './vscode/browser.mjs';
import { buildExtension } from './vscode/bundle-tests.mjs';
import { root } from './vscode/paths.mjs';
import { installExtension, makeRunDir, startServer } from './vscode/server.mjs';
import { checkSystem, ensureTools, MissingPieceError } from './vscode/tools.mjs';

const SUITE = 'e2e';
const stepsDir = path.join(root, 'test/e2e/steps');

async function loadSteps() {
  const only = process.env.POSTING_LENS_STEPS?.split(',').map((s) => s.trim());
  const files = readdirSync(stepsDir).filter((f) => f.endsWith('.mjs')).sort();
  const steps = [];
  for (const file of files) {
    if (only && !only.some((o) => file.includes(o))) continue;
    const mod = await import(pathToFileURL(path.join(stepsDir, file)).href);
    steps.push({ name: file.replace(/\.mjs$/, ''), title: mod.title ?? file, docsImage: mod.docsImage, run: mod.default });
  }
  return steps;
}

async function main() {
  const started = Date.now();
  checkSystem();
  const tools = ensureTools();
  await buildExtension();
  const steps = await loadSteps();

  const results = resultsFolder(SUITE);
  const runDir = makeRunDir('posting-lens-e2e-');
  const vsix = packageExtension({ build: false, out: path.join(runDir, 'posting-lens.vsix') });
  const folder = path.join(runDir, 'workspace');
  cpSync(path.join(root, 'test/integration/fixtures/workspace'), folder, { recursive: true });
  installExtension(tools, runDir, vsix);

  let server;
  let browser;
  let page;
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const output = [];
  const say = (line) => {
    output.push(line);
    console.log(line);
  };
  try {
    server = await startServer({ tools, runDir, folder });
    ({ browser, page } = await launchBrowser());
    page.on('pageerror', (e) => output.push(`[page error] ${e.message}`));
    await page.goto(workbenchUrl(server, folder));
    for (const step of steps) {
      const shot = path.join(results, `${step.name}.png`);
      let ownShot = false; // a step may take its picture itself, at its best moment
      const wb = new Workbench(page, {
        screenshot: async () => {
          ownShot = true;
          await page.screenshot({ path: shot });
        },
      });
      const t0 = Date.now();
      try {
        await wb.ready();
        const r = await step.run(wb);
        if (r?.skip) {
          counts.skipped++;
          say(`﹣ ${step.title} # SKIP ${r.skip}`);
          continue;
        }
        if (!ownShot) {
          await page.waitForTimeout(400); // let hovers and toasts settle before the picture
          await page.screenshot({ path: shot });
        }
        counts.passed++;
        say(`✔ ${step.title} (${Date.now() - t0}ms)`);
        if (step.docsImage && process.env.POSTING_LENS_UPDATE_DOCS_IMAGES) {
          mkdirSync(path.join(root, 'docs/images'), { recursive: true });
          copyFileSync(shot, path.join(root, 'docs/images', step.docsImage));
        }
      } catch (e) {
        counts.failed++;
        say(`✖ ${step.title}\n    ${String(e?.stack ?? e).split('\n').slice(0, 8).join('\n    ')}`);
        await page.screenshot({ path: path.join(results, `${step.name}-failure.png`) }).catch(() => {});
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    if (counts.failed > 0 || counts.passed === 0) {
      await saveFailure(results, { page, output: output.join('\n'), server });
    }
    writeFileSync(path.join(results, 'output.txt'), output.join('\n') + '\n');
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`${SUITE}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  console.log(`${SUITE}: screenshots in ${path.relative(root, results)}/, finished in ${Math.round((Date.now() - started) / 1000)} s`);
  return counts.failed === 0 && counts.passed > 0;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (e) {
  console.error(e instanceof MissingPieceError ? e.message : e);
  console.log(`${SUITE}: 0 passed, 1 failed`);
  process.exitCode = 1;
}
