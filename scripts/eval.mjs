#!/usr/bin/env node
// Independent accuracy evaluation of the engine on postings it has never seen
// (test/fixtures/eval/): section starts and kinds, skill precision and recall, required/preferred
// levels and minYears, per posting and overall, against the targets of issue 2 §7.
//
//   node scripts/eval.mjs                 the report (exit 1 when a target is missed)
//   node scripts/eval.mjs NAME…           only the postings whose name contains NAME
//   node scripts/eval.mjs --json          the scores as JSON
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { register } from 'tsx/esm/api';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-data.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

register();
const { loadCases, evaluate, formatReport } = await import(pathToFileURL(path.join(root, 'test/fixtures/eval/score.ts')).href);

const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
const cases = loadCases().filter((c) => !filters.length || filters.some((f) => c.name.includes(f)));
if (!cases.length) {
  console.error(`eval: no posting matches ${filters.join(', ')}`);
  process.exit(2);
}
const result = evaluate(cases);
if (json) console.log(JSON.stringify(result, null, 2));
else console.log(formatReport(result, cases));
const t = result.totals;
process.exitCode = t.sectionAccuracy >= 0.9 && t.precision >= 0.9 && t.recall >= 0.9 && t.levelAccuracy >= 0.85 ? 0 : 1;
