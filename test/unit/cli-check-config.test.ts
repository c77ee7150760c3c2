import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applySafeFixes, createIgnoreMatcher } from '../../src/core/review/index.ts';
import { ConfigResolver, findConfigFile } from '../../src/cli/config.ts';
import { run } from '../../src/cli/run.ts';
import type { Finding } from '../../src/core/types.ts';
import { fakeIo, REPO_ROOT } from '../fixtures/cli/fake-io.ts';

test('ignore globs read like .gitignore lines', () => {
  const ignored = createIgnoreMatcher(['drafts/', '*.template.md', 'archive/2023/**', '/top.md', '!drafts/keep.md', '# a comment', '']);
  const cases: [string, boolean][] = [
    ['drafts/wip.md', true],
    ['team/drafts/wip.md', true], // a name without a slash matches at any depth
    ['drafts.md', false], // drafts/ names a folder
    ['role.template.md', true],
    ['a/b/role.template.md', true],
    ['role.md', false],
    ['archive/2023/q1/job.md', true],
    ['x/archive/2023/job.md', false], // anchored: it has a slash
    ['top.md', true],
    ['sub/top.md', false],
    ['drafts/keep.md', false], // re-included
  ];
  for (const [p, want] of cases) assert.equal(ignored(p), want, p);
  assert.equal(createIgnoreMatcher([])('anything.md'), false);
  assert.equal(createIgnoreMatcher(['jobs/*.{txt,md}'])('jobs/a.md'), true);
  assert.equal(createIgnoreMatcher(['jobs/*.{txt,md}'])('jobs/deeper/a.md'), false);
  assert.equal(createIgnoreMatcher(['job?.md'])('job1.md'), true);
  const deep = createIgnoreMatcher(['**/tmp/*.md', 'x/**/y.md', '[ab]-*.md', 'c[!0-9].txt']);
  for (const [p, want] of [
    ['tmp/a.md', true],
    ['a/b/tmp/c.md', true],
    ['a/tmp/b/c.md', false],
    ['x/y.md', true],
    ['x/1/2/y.md', true],
    ['a-1.md', true],
    ['d/b-2.md', true],
    ['c-1.md', false],
    ['cx.txt', true],
    ['c1.txt', false],
  ] as const) assert.equal(deep(p), want, p);
});

const finding = (start: number, end: number, newText: string, safe = true): Finding => ({
  ruleId: 'r',
  severity: 'warning',
  message: 'm',
  url: 'u',
  range: { start, end },
  fixes: [{ title: 't', safe, edits: [{ range: { start, end }, newText }] }],
});

test('applySafeFixes: safe fixes only, from the end, overlapping ones left for the next pass', () => {
  const text = 'a 路 b 路 c';
  assert.deepEqual(applySafeFixes(text, [finding(2, 3, '·'), finding(6, 7, '·')]), { text: 'a · b · c', applied: 2 });
  assert.deepEqual(applySafeFixes(text, [finding(2, 3, '·', false)]), { text, applied: 0 });
  assert.deepEqual(applySafeFixes(text, [finding(0, 4, 'X'), finding(2, 3, '·')]), { text: 'Xb 路 c', applied: 1 });
  assert.deepEqual(applySafeFixes(text, [finding(5, 30, 'X')]), { text, applied: 0 }); // out of range: ignored
});

test('config: the nearest .postinglens.yaml above each posting; glossaries and ignore relative to it; --config wins', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'posting-lens-config-'));
  mkdirSync(path.join(root, 'jobs/eu'), { recursive: true });
  writeFileSync(path.join(root, '.postinglens.yaml'), 'glossaries: [terms.yaml]\nignore: [jobs/eu/old.md]\n');
  writeFileSync(path.join(root, 'jobs/eu/.postinglens.yaml'), 'ignore: [old.md]\nrules:\n  compensation-missing: off\n');
  assert.equal(await findConfigFile(path.join(root, 'jobs'), fakeIo().io.fs), path.join(root, '.postinglens.yaml'));
  const resolver = new ConfigResolver(fakeIo({ cwd: REPO_ROOT }).io);
  const top = await resolver.forPosting(path.join(root, 'jobs/a.md'));
  const eu = await resolver.forPosting(path.join(root, 'jobs/eu/b.md'));
  assert.equal(top.file, path.join(root, '.postinglens.yaml'));
  assert.equal(eu.file, path.join(root, 'jobs/eu/.postinglens.yaml'));
  assert.equal(await resolver.forPosting(path.join(root, 'jobs/c.md')), top); // read once, shared
  assert.deepEqual(top.glossaries, [path.join(root, 'terms.yaml')]);
  assert.equal(eu.resolved.config.rules['compensation-missing']!.severity, 'off');
  assert.equal(resolver.isIgnored(eu, path.join(root, 'jobs/eu/old.md')), true);
  assert.equal(resolver.isIgnored(top, path.join(root, 'jobs/old.md')), false);
  assert.equal(resolver.isIgnored(top, path.join(root, 'jobs/README.md')), true); // default ignore
  assert.equal(resolver.isIgnored(top, path.join(tmpdir(), 'elsewhere.md')), false);
  const explicit = new ConfigResolver(fakeIo({ cwd: REPO_ROOT }).io, 'test/fixtures/review/.postinglens.yaml');
  assert.equal((await explicit.forPosting(path.join(root, 'jobs/eu/b.md'))).resolved.config.rules['compensation-missing']!.severity, 'error');
});

test('check: postings in a folder with its own .postinglens.yaml follow it, as in the editor', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'posting-lens-nested-'));
  mkdirSync(path.join(root, 'eu'));
  const posting = '# Engineer\n\n## Responsibilities\n- Build things\n\n## Requirements\n- Go\n';
  writeFileSync(path.join(root, 'us.md'), posting);
  writeFileSync(path.join(root, 'eu/de.md'), posting);
  writeFileSync(path.join(root, '.postinglens.yaml'), 'rules:\n  compensation-missing: error\n');
  writeFileSync(path.join(root, 'eu/.postinglens.yaml'), 'rules:\n  compensation-missing: off\n');
  const f = fakeIo({ cwd: root });
  const code = await run(['check', '--format', 'json'], f.io);
  const doc = JSON.parse(f.stdout()) as { files: { path: string; findings: { ruleId: string; severity: string }[] }[] };
  assert.deepEqual(
    doc.files.map((x) => [x.path, x.findings.map((y) => `${y.ruleId}:${y.severity}`)]),
    [
      ['eu/de.md', []],
      ['us.md', ['compensation-missing:error']],
    ],
  );
  assert.equal(code, 1);
});
