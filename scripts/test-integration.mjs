#!/usr/bin/env node
// `npm run test:integration`: the mocha suite of test/integration/ inside a real VS Code extension
// host (code-server 4.139.1 = VS Code 1.139.1, offline), against a copy of the fixture workspace.
// Tools are installed once into .tools/ (or $POSTING_LENS_TOOLS_DIR); on failure a screenshot,
// the test output and the server log tail go to .test-results/integration/.
// Env: POSTING_LENS_GREP=<text> runs only matching tests; POSTING_LENS_VERBOSE=1 echoes the host's console.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { saveFailure, resultsFolder } from './vscode/artefacts.mjs';
import { launchBrowser } from './vscode/browser.mjs';
import { buildExtension, bundleIntegrationTests, integrationOut } from './vscode/bundle-tests.mjs';
import { root } from './vscode/paths.mjs';
import { printReport, reportOk, runExtensionTests } from './vscode/run-tests.mjs';
import { makeRunDir, startServer } from './vscode/server.mjs';
import { checkSystem, ensureTools, MissingPieceError } from './vscode/tools.mjs';

const SUITE = 'integration';

async function main() {
  const started = Date.now();
  checkSystem();
  const tools = ensureTools();
  await buildExtension();
  const testsPath = await bundleIntegrationTests();

  const results = resultsFolder(SUITE);
  const runDir = makeRunDir('posting-lens-it-');
  const folder = path.join(runDir, 'workspace');
  cpSync(path.join(root, 'test/integration/fixtures/workspace'), folder, { recursive: true });

  let server;
  let browser;
  let page;
  let output = '';
  let ok = false;
  try {
    server = await startServer({ tools, runDir, folder, smokeTestDriver: true });
    ({ browser, page } = await launchBrowser());
    const env = process.env.POSTING_LENS_GREP ? { POSTING_LENS_GREP: process.env.POSTING_LENS_GREP } : {};
    const timeoutMs = Number(process.env.POSTING_LENS_TEST_TIMEOUT ?? 300_000);
    const { code, log, report } = await runExtensionTests({
      server, page, folder, extensionPath: root, testsPath, reportFile: path.join(runDir, 'report.json'), env, timeoutMs,
    });
    output = `${log.join('\n')}\n\n${printReport(SUITE, report)}\n`;
    if (!report) {
      console.log(log.slice(-40).join('\n'));
      console.log(`${SUITE}: the tests did not run (exit ${code}); see the extension host output above`);
      console.log(`${SUITE}: 0 passed, 1 failed`);
    } else {
      console.log(printReport(SUITE, report));
    }
    ok = reportOk(code, report);
  } finally {
    if (!ok) await saveFailure(results, { page, output, server });
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(runDir, { recursive: true, force: true });
    rmSync(integrationOut, { recursive: true, force: true });
  }
  console.log(`${SUITE}: finished in ${Math.round((Date.now() - started) / 1000)} s`);
  return ok;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (e) {
  console.error(e instanceof MissingPieceError ? e.message : e);
  console.log(`${SUITE}: 0 passed, 1 failed`);
  process.exitCode = 1;
}
