#!/usr/bin/env node
// `npm run bench` (not a test): runs every scripts/bench-*.mjs in turn, shows its output, then one
// summary of the PASS / FAIL target lines they printed. Exit code 1 when any target failed or a
// benchmark crashed. Run one: `node scripts/bench.mjs extract` (matches scripts/bench-extract.mjs).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'scripts'))
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();

if (!benches.length) {
  console.error(`bench: no scripts/bench-*.mjs${only.length ? ` matching ${only.join(', ')}` : ''}`);
  process.exit(1);
}

function runOne(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(root, 'scripts', file)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ file, code: code ?? 1, out }));
  });
}

const results = [];
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  results.push(await runOne(file));
}

console.log('\nBenchmark summary');
let failed = false;
for (const r of results) {
  const targets = r.out.split('\n').filter((l) => /^\s*(PASS|FAIL)\b/.test(l));
  if (r.code !== 0 && !targets.some((t) => t.trim().startsWith('FAIL'))) {
    console.log(`  FAIL ${r.file}: exited with code ${r.code}`);
    failed = true;
  }
  if (!targets.length && r.code === 0) console.log(`  (no PASS/FAIL lines)  (${r.file})`);
  for (const t of targets) {
    console.log(`  ${t.trim()}  (${r.file})`);
    if (t.trim().startsWith('FAIL')) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
