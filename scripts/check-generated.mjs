#!/usr/bin/env node
// CI check: every committed generated file is fresh. Runs each generator that exists with `--check`
// (it exits 1 and names the stale file) and prints one line "N passed, N failed" for scripts/test-all.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Generators of committed files, each with a `--check` mode. */
const generators = ['gen-glossary-docs.mjs', 'gen-rule-docs.mjs', 'build-grammar.mjs'].filter((f) => existsSync(path.join(root, 'scripts', f)));

let passed = 0;
let failed = 0;
for (const script of generators) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', script), '--check'], { cwd: root, stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.error(`✖ ${script} --check failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
