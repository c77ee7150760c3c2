import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runCli, type FakeIoOptions } from '../fixtures/cli/fake-io.ts';

const DIFF = path.join(REPO_ROOT, 'test/fixtures/review/diff');
const V1 = 'diff/backend-v1.md';
const V2 = 'diff/backend-v2.md';

const cli = (argv: string[], options: FakeIoOptions = {}) => runCli(argv, { cwd: path.dirname(DIFF), ...options });

const TEXT_BODY = `
Sections
  + Backend Engineer › Benefits (benefits)
  ~ Backend Engineer › Requirements → What you bring (requirements)

Skills
  + Rust (preferred)
  - PostgreSQL (was required)
  ~ Apache Kafka: preferred → required

Requirements
  ~ Years of experience: 3+ → 5+
  ~ "Or equivalent experience": offered → not offered
`;

test('diff A B: renamed section, skill added/removed/level changed, years and degree route', async () => {
  const r = await cli(['diff', V1, V2]);
  assert.deepEqual(r, { code: 0, stderr: '', stdout: `Changes from ${V1} to ${V2}\n${TEXT_BODY}` });
});

test('diff --format markdown (a pull-request comment) and json (parses back)', async () => {
  const md = await cli(['diff', V1, V2, '--format', 'markdown']);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /^### Posting changes: `diff\/backend-v1.md` → `diff\/backend-v2.md`\n/);
  assert.match(md.stdout, /\n- ✏️ Apache Kafka: preferred → required\n/);
  assert.match(md.stdout, /\n- ✏️ Backend Engineer › Requirements → What you bring \(requirements\)\n/);
  const json = await cli(['diff', V1, V2, '--format', 'json']);
  const d = JSON.parse(json.stdout);
  assert.equal(d.from, V1);
  assert.equal(d.changed, true);
  assert.deepEqual(d.sections.renamed.map((x: { from: { title: string }; to: { title: string } }) => [x.from.title, x.to.title]), [['Requirements', 'What you bring']]);
  assert.deepEqual(d.skills.changed, [{ id: 'kafka', name: 'Apache Kafka', from: 'preferred', to: 'required' }]);
  assert.deepEqual(d.years, { from: 3, to: 5 });
  assert.deepEqual(d.degrees, { added: [], removed: [], equivalentExperience: { from: true, to: false } });
});

test('diff of a posting with itself: no changes; --exit-code says whether they differ', async () => {
  const same = await cli(['diff', V1, V1, '--exit-code']);
  assert.deepEqual(same, { code: 0, stderr: '', stdout: `No changes in sections, skills or requirements between ${V1} and ${V1}.\n` });
  assert.equal((await cli(['diff', V1, V2, '--exit-code'])).code, 1);
  const sameJson = JSON.parse((await cli(['diff', V1, V1, '--format', 'json'])).stdout);
  assert.equal(sameJson.changed, false);
});

test('diff --git REV -- PATH reads the old version from git', async () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'posting-lens-diff-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  mkdirSync(path.join(repo, 'jobs'));
  copyFileSync(path.join(DIFF, 'backend-v1.md'), path.join(repo, 'jobs/backend.md'));
  git('add', '.');
  git('commit', '-q', '-m', 'v1');
  copyFileSync(path.join(DIFF, 'backend-v2.md'), path.join(repo, 'jobs/backend.md'));

  const r = await cli(['diff', '--git', 'HEAD', '--', 'jobs/backend.md'], { cwd: repo });
  assert.deepEqual(r, { code: 0, stderr: '', stdout: `Changes from HEAD:jobs/backend.md to jobs/backend.md\n${TEXT_BODY}` });
  // From a subfolder, the path is relative to the working directory, as in the shell.
  const sub = await cli(['diff', '--git', 'HEAD', 'backend.md'], { cwd: path.join(repo, 'jobs') });
  assert.equal(sub.stdout, `Changes from HEAD:backend.md to backend.md\n${TEXT_BODY}`);

  const fails: [string[], string, string?][] = [
    [['diff', '--git', 'HEAD', '--', 'jobs/other.md'], 'posting-lens: diff --git: jobs/other.md does not exist at HEAD\n'],
    [['diff', '--git', 'nope', '--', 'jobs/backend.md'], 'posting-lens: diff --git: unknown revision "nope"\n'],
    [['diff', '--git', '--output=x', '--', 'jobs/backend.md'], 'posting-lens: option --git needs a value\n'],
    [['diff', '--git', 'HEAD'], 'posting-lens: diff --git REV needs exactly one path: posting-lens diff --git REV -- PATH\n'],
    [['diff', '--git', 'HEAD', '--', 'jobs/backend.md'], 'posting-lens: diff --git: not a git repository (or any of the parent folders)\n', tmpdir()],
  ];
  for (const [argv, stderr, cwd] of fails) assert.deepEqual(await cli(argv, { cwd: cwd ?? repo }), { code: 2, stdout: '', stderr }, argv.join(' '));
});

test('diff: usage and input errors are one line, exit 2', async () => {
  const cases: [string[], string][] = [
    [['diff', V1], 'posting-lens: diff needs two postings (posting-lens diff OLD NEW) or --git REV -- PATH\n'],
    [['diff', V1, 'missing.md'], 'posting-lens: missing.md: no such file or directory\n'],
    [['diff', V1, 'diff'], 'posting-lens: diff: is a directory (diff compares two posting files)\n'],
    [['diff', V1, V2, '--format', 'html'], 'posting-lens: invalid value "html" for --format: expected text, markdown, json\n'],
  ];
  for (const [argv, stderr] of cases) assert.deepEqual(await cli(argv), { code: 2, stdout: '', stderr }, argv.join(' '));
});
