// Entry point the extension host loads (`extensionTestsPath`): runs every *.test.ts of this folder
// (bundled next to this file as *.test.cjs by scripts/test-integration.mjs) with mocha, and writes a
// JSON report to $POSTING_LENS_TEST_REPORT for the runner to print.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

export interface TestReport {
  passed: number;
  failed: number;
  pending: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; duration: number; error?: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.POSTING_LENS_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.cjs')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const report: TestReport = { passed: 0, failed: 0, pending: 0, tests: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.POSTING_LENS_TEST_REPORT;
      if (file) writeFileSync(file, JSON.stringify(report, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      report.passed++;
      report.tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration ?? 0 });
    });
    runner.on('fail', (t, err: Error) => {
      report.failed++;
      report.tests.push({ title: t.fullTitle(), state: 'failed', duration: t.duration ?? 0, error: err?.stack ?? String(err) });
    });
    runner.on('pending', (t) => {
      report.pending++;
      report.tests.push({ title: t.fullTitle(), state: 'pending', duration: 0 });
    });
  });
}
