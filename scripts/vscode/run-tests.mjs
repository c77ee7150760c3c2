// Runs the bundled mocha suite inside the extension host of a code-server workbench opened in
// Chromium: the `payload` query parameter names the extension under development and the tests; the
// workbench reports the tests' console through window.codeAutomationLog and their end through
// window.codeAutomationExit(code). The tests write a JSON report that the runner prints.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { remoteUri, workbenchUrl } from './browser.mjs';

/**
 * @returns {Promise<{ code: number, log: string[], report: object | null }>}
 */
export async function runExtensionTests({ server, page, folder, extensionPath, testsPath, reportFile, env = {}, timeoutMs }) {
  const log = [];
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    log.push(line);
    if (process.env.POSTING_LENS_VERBOSE) console.log(`[host ${type}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  page.on('pageerror', (e) => log.push(`[page error] ${e.message}`));

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, extensionPath)],
    ['extensionTestsPath', remoteUri(server, testsPath)],
    ['extensionEnvironment', JSON.stringify({ ...env, POSTING_LENS_TEST_REPORT: reportFile })],
  ];
  await page.goto(workbenchUrl(server, folder, payload));

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (code === 'timeout') log.push(`[runner] no exit from the extension host within ${Math.round(timeoutMs / 1000)} s`);
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  return { code: code === 'timeout' ? 124 : code, log, report };
}

/** Prints the report the way node:test's spec reporter would, and the summary line test-all reads. */
export function printReport(suite, report) {
  const lines = [];
  for (const t of report?.tests ?? []) {
    if (t.state === 'passed') lines.push(`✔ ${t.title} (${t.duration}ms)`);
    else if (t.state === 'pending') lines.push(`﹣ ${t.title} # SKIP`);
    else lines.push(`✖ ${t.title}\n    ${String(t.error).split('\n').join('\n    ')}`);
  }
  const skipped = report?.pending ? `, ${report.pending} skipped` : '';
  lines.push(`${suite}: ${report?.passed ?? 0} passed, ${report?.failed ?? 0} failed${skipped}`);
  return lines.join('\n');
}

/** A run passed when the runner exited cleanly, nothing failed, and at least one test ran. */
export const reportOk = (code, report) => code === 0 && report?.failed === 0 && report.passed > 0;

export const relativeToRoot = (root, p) => path.relative(root, p);
