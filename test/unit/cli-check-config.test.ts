import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applySafeFixes, createIgnoreMatcher } from '../../src/core/review/index.ts';
import { findConfigFile, loadReviewConfig } from '../../src/cli/config.ts';
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

test('config: the nearest .postinglens.yaml above the inputs; glossaries and ignore relative to it', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'posting-lens-config-'));
  mkdirSync(path.join(root, 'jobs/eu'), { recursive: true });
  writeFileSync(path.join(root, '.postinglens.yaml'), 'glossaries: [terms.yaml]\nignore: [eu/old.md]\n');
  assert.equal(await findConfigFile(path.join(root, 'jobs/eu'), fakeIo().io.fs), path.join(root, '.postinglens.yaml'));
  const io = fakeIo({ cwd: REPO_ROOT }).io;
  const c = await loadReviewConfig(io, undefined, [path.join(root, 'jobs/eu/*.md')]);
  assert.equal(c.file, path.join(root, '.postinglens.yaml'));
  assert.deepEqual(c.glossaries, [path.join(root, 'terms.yaml')]);
  assert.equal(c.isIgnored(path.join(root, 'eu/old.md')), true);
  assert.equal(c.isIgnored(path.join(root, 'jobs/eu/old.md')), false);
  assert.equal(c.isIgnored(path.join(tmpdir(), 'elsewhere.md')), false);
  // --config wins over the search; no file anywhere: the defaults, nothing ignored.
  const explicit = await loadReviewConfig(io, 'test/fixtures/review/.postinglens.yaml', [path.join(root, 'jobs')]);
  assert.equal(explicit.config.rules['compensation-missing']!.severity, 'error');
  const empty = mkdtempSync(path.join(tmpdir(), 'posting-lens-noconfig-'));
  const none = await loadReviewConfig(fakeIo({ cwd: empty }).io, undefined, []);
  if (none.file === null) {
    assert.equal(none.config.rules['compensation-missing']!.severity, 'warning');
    assert.equal(none.isIgnored(path.join(empty, 'x.md')), false);
  }
});
