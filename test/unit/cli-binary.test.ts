// The one test that runs the BUILT binary (dist/cli.cjs), as `npm start` and users do.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../fixtures/cli/fake-io.ts';

const bin = path.join(REPO_ROOT, 'dist/cli.cjs');

/** Newest modification time under a folder (sources the bundle is made of). */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((m, d) => {
    const p = path.join(dir, d.name);
    return Math.max(m, d.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

before(() => {
  const stale = !existsSync(bin) || statSync(bin).mtimeMs < Math.max(newest(path.join(REPO_ROOT, 'src/cli')), newest(path.join(REPO_ROOT, 'src/core')));
  if (stale) {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
});

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });

/** The skill names of one level in the first posting of a table output (wrapped lines joined). */
function levelBlock(out: string, level: string): string {
  const m = new RegExp(`^ {4}${level} +(.*\\n(?: {15}.*\\n)*)`, 'm').exec(out);
  return m ? m[1]!.replace(/\s+/g, ' ') : '';
}

test('the built binary extracts the seeds and exits 0', () => {
  const r = cli(['extract', 'seeds/']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('seeds/')).length, 5);
  assert.match(r.stdout, /^  Skills\n {4}required {3}\S/m);
  assert.match(levelBlock(r.stdout, 'required'), /\bPython\b/);
  assert.match(r.stdout, /5 postings · \d+ skills/);
});

test('the built binary: JSON lines from stdin, and exit 2 with one line on a usage error', () => {
  const r = cli(['extract', '--stdin-jsonl'], `${JSON.stringify({ id: 'x1', text: 'Requirements\n- Python' })}\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).id, 'x1');
  const bad = cli(['extract', '--nope']);
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.equal(bad.stderr, 'posting-lens: unknown option --nope (see posting-lens extract --help)\n');
});
