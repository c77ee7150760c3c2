import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { StatsAccumulator, renderStatsCsv } from '../../src/core/review/index.ts';
import { REPO_ROOT, runCli, type FakeIoOptions } from '../fixtures/cli/fake-io.ts';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/review');
const TWO = ['postings/ml-engineer.txt', 'postings/backend-engineer.md'];

const cli = (argv: string[], options: FakeIoOptions = {}) => runCli(argv, { cwd: FIXTURE, ...options });

test('stats: table of skills by level across postings, then the most common pairs', async () => {
  const r = await cli(['stats', ...TWO, '--top', '3', '--limit', '4']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assert.equal(
    r.stdout,
    `Skills across 2 postings (16 skills)

Skill                Category     Postings  Required  Preferred  Mentioned
bachelor's degree    credentials         2         2          0          0
computer science     practices           2         2          0          0
backend development  web                 1         1          0          0
Go                   languages           1         1          0          0
… and 12 more skills (--limit)

Skills most often asked for together (required or preferred in the same posting)

Pair                                     Postings
bachelor's degree + computer science            2
bachelor's degree + backend development         1
bachelor's degree + Go                          1
`,
  );
});

test('stats --format csv: one row per skill (or per pair with --pairs), parseable', async () => {
  const r = await cli(['stats', ...TWO, '--format', 'csv']);
  const rows = r.stdout.trimEnd().split('\n').map((l) => l.split(','));
  assert.deepEqual(rows[0], ['skill_id', 'skill', 'category', 'postings', 'required', 'preferred', 'mentioned']);
  assert.equal(rows.length, 17);
  assert.ok(rows.some((x) => x[0] === 'code-review'), '"Review code and write design documents" names code review');
  assert.deepEqual(rows.find((x) => x[0] === 'kafka'), ['kafka', 'Apache Kafka', 'data-processing', '1', '0', '1', '0']);
  assert.deepEqual(rows.find((x) => x[0] === 'quarry'), ['quarry', 'Quarry', 'internal', '1', '0', '1', '0']); // the team glossary of .postinglens.yaml
  for (const row of rows.slice(1)) assert.equal(Number(row[3]), Number(row[4]) + Number(row[5]) + Number(row[6]));
  const pairs = await cli(['stats', ...TWO, '--format', 'csv', '--pairs', '--top', '2']);
  assert.equal(pairs.stdout, "skill_a,skill_b,postings\nbachelor's degree,computer science,2\nbachelor's degree,backend development,1\n");
  // Quoting: a comma in a name.
  const acc = new StatsAccumulator();
  acc.skills.set('x', { id: 'x', name: 'CI, CD', category: 'c', required: 1, preferred: 0, mentioned: 0, postings: 1 });
  assert.equal(renderStatsCsv(acc.result()).split('\n')[1], 'x,"CI, CD",c,1,1,0,0');
});

test('stats --format json over the whole fixture repository (ignore globs applied)', async () => {
  const r = await cli(['stats', '--format', 'json', '--top', '2']);
  assert.equal(r.code, 0);
  const doc = JSON.parse(r.stdout) as { postings: number; skills: { id: string; postings: number; required: number }[]; pairs: { a: string; b: string; names: string[]; count: number }[] };
  assert.equal(doc.postings, 10);
  assert.deepEqual(doc.skills[0], { id: 'python', name: 'Python', category: 'languages', postings: 4, required: 4, preferred: 0, mentioned: 0 });
  assert.equal(doc.pairs.length, 2);
  assert.ok(doc.pairs.every((p) => p.count === 2 && p.a < p.b && p.names.length === 2));
  // YAML-free JSON: parses with any JSON reader, and as YAML too.
  assert.deepEqual(parseYaml(r.stdout), doc);
});

test('stats: --top 0 leaves the pairs out; an empty repository says so', async () => {
  const r = await cli(['stats', 'postings/ml-engineer.txt', '--top', '0']);
  assert.doesNotMatch(r.stdout, /together/);
  const none = await cli(['stats', '-'], { stdin: 'Nothing technical here.\n' });
  assert.equal(none.stdout, 'No skills found in 1 posting.\n');
});

test('stats: errors are one line, exit 2, and the other postings still count', async () => {
  const r = await cli(['stats', 'postings/ml-engineer.txt', 'missing.md', '--format', 'json']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'posting-lens: missing.md: no such file or directory\n');
  assert.equal((JSON.parse(r.stdout) as { postings: number }).postings, 1);
  const cases: [string[], string][] = [
    [['stats', '--pairs'], 'posting-lens: --pairs only applies to --format csv (table and json always list the pairs)\n'],
    [['stats', '--limit', '3', '--format', 'json'], 'posting-lens: --limit only applies to the table; csv and json list every skill\n'],
    [['stats', '--top', 'x'], 'posting-lens: invalid value "x" for --top: expected a whole number (0 or more)\n'],
    [['stats', '--format', 'xml'], 'posting-lens: invalid value "xml" for --format: expected table, csv, json\n'],
  ];
  for (const [argv, stderr] of cases) assert.deepEqual(await cli(argv), { code: 2, stdout: '', stderr }, argv.join(' '));
});
