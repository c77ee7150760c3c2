#!/usr/bin/env node
// `npm test`: every suite, set-up included, then one summary line "N passed, N failed".
// A suite is a command; its counts are read from node:test's "ℹ pass N" / "ℹ fail N" lines or from
// a plain "N passed, N failed" line. A suite that exits non-zero without counts counts as one failure.
// Set POSTING_LENS_SUITES=unit,grammar to run a subset.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const node = process.execPath;
const script = (name) => path.join(root, 'scripts', name);

/** [name, command, args, present?] in the order they run. */
const suites = [
  ['build', node, [script('build.mjs')]],
  ['typecheck', node, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']],
  ['lint', node, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']],
  ['checks', node, [script('check-generated.mjs')]],
  ['unit', node, [script('test-unit.mjs')]],
  ['grammar', node, [script('test-grammar.mjs')]],
  ['integration', node, [script('test-integration.mjs')]],
  ['e2e', node, [script('test-e2e.mjs')]],
].filter(([, , args]) => !args[0].startsWith(path.join(root, 'scripts')) || existsSync(args[0]));

const only = process.env.POSTING_LENS_SUITES?.split(',').map((s) => s.trim());

function run(name, cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (d) => {
        out += d;
        sink.write(d);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ name, code: code ?? 1, out }));
  });
}

function count(out, code) {
  const strip = out.replace(/\x1b\[[0-9;]*m/g, '');
  let passed = 0;
  let failed = 0;
  let found = false;
  for (const m of strip.matchAll(/^\s*[ℹ#]\s*pass (\d+)\s*$/gm)) {
    passed += +m[1];
    found = true;
  }
  for (const m of strip.matchAll(/^\s*[ℹ#]\s*fail (\d+)\s*$/gm)) {
    failed += +m[1];
    found = true;
  }
  if (!found) {
    for (const m of strip.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)) {
      passed += +m[1];
      failed += +m[2];
      found = true;
    }
  }
  if (!found) return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  if (code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const results = [];
for (const [name, cmd, args] of suites) {
  if (only && !only.includes(name)) continue;
  console.log(`\n▶ ${name}`);
  const r = await run(name, cmd, args);
  results.push({ ...r, ...count(r.out, r.code) });
  if (name === 'build' && r.code !== 0) break;
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.code === 0 ? '✔' : '✖'} ${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0;
