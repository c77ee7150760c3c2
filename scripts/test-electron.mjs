#!/usr/bin/env node
// `npm run test:electron`: the same mocha suite as `npm run test:integration`, in desktop VS Code
// through @vscode/test-electron. For a machine with internet (it downloads VS Code on first use into
// the tools cache, .tools/vscode-test/) or with VS Code installed (POSTING_LENS_VSCODE_PATH=/path/to/code). It cannot run
// offline; there, and in CI, use `npm run test:integration` (code-server). On Linux without a
// display, run it under xvfb-run.
// Env: POSTING_LENS_VSCODE_VERSION (default: the VS Code of the code-server harness), POSTING_LENS_GREP.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildExtension, bundleIntegrationTests, integrationOut } from './vscode/bundle-tests.mjs';
import { root } from './vscode/paths.mjs';
import { printReport, reportOk } from './vscode/run-tests.mjs';
import { makeRunDir } from './vscode/server.mjs';
import { toolsDir } from './vscode/tools.mjs';

const SUITE = 'electron';
const VSCODE_VERSION = process.env.POSTING_LENS_VSCODE_VERSION ?? '1.139.1';

async function main() {
  await buildExtension();
  const testsPath = await bundleIntegrationTests();
  const runDir = makeRunDir('posting-lens-electron-');
  const folder = path.join(runDir, 'workspace');
  cpSync(path.join(root, 'test/integration/fixtures/workspace'), folder, { recursive: true });
  const reportFile = path.join(runDir, 'report.json');
  try {
    const code = await runTests({
      ...(process.env.POSTING_LENS_VSCODE_PATH ? { vscodeExecutablePath: process.env.POSTING_LENS_VSCODE_PATH } : { version: VSCODE_VERSION }),
      cachePath: path.join(toolsDir, 'vscode-test'),
      extensionDevelopmentPath: root,
      extensionTestsPath: testsPath,
      extensionTestsEnv: { POSTING_LENS_TEST_REPORT: reportFile, ...(process.env.POSTING_LENS_GREP ? { POSTING_LENS_GREP: process.env.POSTING_LENS_GREP } : {}) },
      launchArgs: [
        folder,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(runDir, 'user-data'),
        '--extensions-dir', path.join(runDir, 'extensions'),
      ],
    }).catch((e) => {
      console.error(String(e?.message ?? e));
      return 1;
    });
    const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
    if (report) console.log(printReport(SUITE, report));
    else console.log(`${SUITE}: 0 passed, 1 failed (VS Code did not run the tests; it needs internet or POSTING_LENS_VSCODE_PATH)`);
    return reportOk(code, report);
  } finally {
    rmSync(runDir, { recursive: true, force: true });
    rmSync(integrationOut, { recursive: true, force: true });
  }
}

process.exitCode = (await main()) ? 0 : 1;
