import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { RULE_METAS } from '../../src/core/rules/index.ts';
import { REPO_ROOT, runCli, type FakeIoOptions } from '../fixtures/cli/fake-io.ts';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/review');
/** Rules measure technology age against this year (2026-05-28), so the output does not change next year. */
const YEAR_2026 = { SOURCE_DATE_EPOCH: '1780000000' };
const tmp = () => mkdtempSync(path.join(tmpdir(), 'posting-lens-check-'));

const cli = (argv: string[], options: FakeIoOptions & { workerScript?: string } = {}) => runCli(argv, { cwd: FIXTURE, ...options, env: { ...YEAR_2026, ...options.env } });

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  url: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  fixes?: { title: string; safe: boolean; edits: { start: number; end: number; newText: string }[] }[];
}
interface CheckJson {
  version: number;
  summary: Record<string, number>;
  files: { path: string; error?: string; fixed: number; findings: JsonFinding[] }[];
}

const STYLISH = `postings/data-engineer.md
  8:3  error  15+ years of Kubernetes asked for, but Kubernetes was first released in 2014 (12 years ago).  years-exceed-technology-age

postings/full-stack-engineer.md
  7:4  warning  12 required items (more than 10): move what is not truly required to a "Nice to have" list.  too-many-requirements

postings/ml-engineer.txt
  8:3   warning  A bachelor's degree is required with no alternative: consider adding "or equivalent practical experience".  degree-without-equivalent
  12:3  warning  This item repeats line 10: "Experience with PyTorch".  duplicate-item
  15:3  warning  Python is required (Requirements) and also preferred (Preferred): keep it in one list.  conflicting-level

postings/platform-engineer.md
  5:21  warning  "k8s" and "Kubernetes" both name Kubernetes in this posting: use one spelling.  inconsistent-term
  8:22  info     "Frobnicate" looks like a technology but is not in the glossary: add it to the workspace glossary to get hovers and statistics.  unknown-term

postings/product-designer.md
  1:3  warning  No Responsibilities section: add one (any usual heading works, e.g. "What you'll do").  missing-section
  9:4  error    No pay range is stated: add the base pay range (minimum and maximum, currency, period).  compensation-missing

postings/scraped-job-board.txt
  1:1    warning  Page debris from a job board ("TikTok logo"): remove it.  scrape-noise
  4:1    warning  Page debris from a job board ("Singapore 路 Reposted 17 hours ago 路 2…"): remove it.  scrape-noise
  4:11   warning  Garbled character "路" (mojibake): "·" was meant.  scrape-noise
  4:35   warning  Garbled character "路" (mojibake): "·" was meant.  scrape-noise
  15:23  warning  Garbled character "路" (mojibake): "·" was meant.  scrape-noise

postings/search-engineer.md
  3:1  warning  A paragraph of 1,058 characters without bullets or breaks: split it into a list.  wall-of-text

✖ 15 problems (2 errors, 12 warnings, 1 info) in 7 of 10 postings
  4 problems can be fixed with --fix
`;

test('check with no paths: the fixture repository, its .postinglens.yaml applied (severities, options, glossary, ignore, directives)', async () => {
  const r = await cli(['check']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, STYLISH);
  // An error-level finding (compensation-missing is configured as an error, years-exceed-technology-age is one).
  assert.equal(r.code, 1);
  // Ignored: drafts/, diff/ and *.template.md never appear; clean near misses print nothing.
  assert.doesNotMatch(r.stdout, /drafts|diff\/|template|backend-engineer|site-reliability|mobile-engineer/);
});

test('expected-findings.json: every finding of the fixture repository, hints included (the editor parity test reads it; UPDATE=1 rewrites it)', async () => {
  const r = await cli(['check', '--format', 'json', '--include-hints']);
  const doc = JSON.parse(r.stdout) as CheckJson;
  const actual = Object.fromEntries(
    doc.files.map((f) => [f.path, f.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity, line: x.line, character: x.character, endLine: x.endLine, endCharacter: x.endCharacter, message: x.message }))]),
  );
  const file = path.join(FIXTURE, 'expected-findings.json');
  if (process.env.UPDATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
  // The fixture repository exercises every rule, and has clean postings (near misses for all of them).
  const fired = new Set(Object.values(actual).flatMap((fs) => fs.map((f) => f.ruleId)));
  assert.deepEqual(RULE_METAS.map((m) => m.id).filter((id) => !fired.has(id)), []);
  assert.deepEqual(actual['postings/backend-engineer.md'], []);
  assert.deepEqual(actual['postings/eu/site-reliability-engineer.md'], []);
});

test('the configuration is found above the inputs, whatever the working directory', async () => {
  const r = await cli(['check', 'test/fixtures/review/postings'], { cwd: REPO_ROOT });
  assert.equal(r.stdout, STYLISH.replace(/^postings\//gm, 'test/fixtures/review/postings/'));
  assert.equal(r.code, 1);
});

test('files named on the command line but ignored are skipped with a note; README and the like are never postings', async () => {
  const r = await cli(['check', 'postings/role.template.md', 'drafts/wip.md']);
  assert.deepEqual(r, {
    code: 0,
    stdout: '✔ 0 postings checked, no problems\n',
    stderr: 'posting-lens: postings/role.template.md: skipped, ignored as an ignore glob of .postinglens.yaml\nposting-lens: drafts/wip.md: skipped, ignored as an ignore glob of .postinglens.yaml\n',
  });
  const dir = tmp();
  writeFileSync(path.join(dir, 'README.md'), '# Our postings\n');
  writeFileSync(path.join(dir, 'CHANGELOG.md'), '# Changes\n');
  cpSync(path.join(FIXTURE, 'postings/backend-engineer.md'), path.join(dir, 'backend.md'));
  assert.deepEqual(await cli(['check'], { cwd: dir }), { code: 0, stdout: '✔ 1 posting checked, no problems\n', stderr: '' });
  // A configuration can take a default ignore back.
  writeFileSync(path.join(dir, '.postinglens.yaml'), 'ignore: ["!README.md"]\n');
  assert.match((await cli(['check'], { cwd: dir })).stdout, /^README.md\n/);
});

test('without a configuration the defaults apply (the team term is unknown, 12 items are fine, missing pay is a warning)', async () => {
  const dir = tmp();
  for (const f of ['platform-engineer.md', 'full-stack-engineer.md', 'product-designer.md']) cpSync(path.join(FIXTURE, 'postings', f), path.join(dir, f));
  const r = await cli(['check', '.'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.match(r.stdout, /"Quarry" looks like a technology but is not in the glossary/);
  assert.doesNotMatch(r.stdout, /required items/);
  assert.match(r.stdout, /9:4 {2}warning {2}No pay range is stated/);
});

test('exit codes: 0 clean, 1 errors, --max-warnings, 2 for input problems (one line each, others still checked)', async () => {
  const clean = await cli(['check', 'postings/backend-engineer.md', 'postings/eu']);
  assert.deepEqual(clean, { code: 0, stdout: '✔ 2 postings checked, no problems\n', stderr: '' });

  const warnings = ['check', 'postings/scraped-job-board.txt'];
  assert.equal((await cli([...warnings, '--max-warnings', '5'])).code, 0);
  const over = await cli([...warnings, '--max-warnings', '4']);
  assert.equal(over.code, 1);
  assert.equal(over.stderr, 'posting-lens: 5 warnings, more than --max-warnings 4\n');
  assert.match(over.stdout, /✖ 5 problems \(0 errors, 5 warnings\) in 1 of 1 posting\n {2}3 problems can be fixed with --fix\n$/);

  const missing = await cli(['check', 'postings/backend-engineer.md', 'nope.md']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'posting-lens: nope.md: no such file or directory\n');
  assert.equal(missing.stdout, '✔ 1 posting checked, no problems\n');

  assert.deepEqual(await cli(['check', 'nope.md']), { code: 2, stdout: '', stderr: 'posting-lens: nope.md: no such file or directory\n' });

  const binary = tmp();
  writeFileSync(path.join(binary, 'x.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const bin = await cli(['check', 'x.txt'], { cwd: binary });
  assert.equal(bin.code, 2);
  assert.equal(bin.stderr, 'posting-lens: x.txt: binary file (NUL bytes), skipped\n');
  assert.equal(bin.stdout, '');
  assert.doesNotMatch(bin.stderr, /^\s+at /m);
});

test('SOURCE_DATE_EPOCH sets the year technology ages are measured against', async () => {
  const now = await cli(['check', 'postings/data-engineer.md']);
  assert.match(now.stdout, /15\+ years of Kubernetes asked for, but Kubernetes was first released in 2014 \(12 years ago\)/);
  // In 2030 Kubernetes is 16 years old: 15+ years can be had.
  const later = await cli(['check', 'postings/data-engineer.md'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2030, 0, 1) / 1000) } });
  assert.deepEqual(later, { code: 0, stdout: '✔ 1 posting checked, no problems\n', stderr: '' });
});

test('check - reads one posting from stdin', async () => {
  const text = readFileSync(path.join(FIXTURE, 'postings/ml-engineer.txt'), 'utf8');
  const r = await cli(['check', '-'], { stdin: text });
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^<stdin>\n {2}8:3 {3}warning {2}A bachelor's degree is required/);
});

test('usage errors: one line, exit 2', async () => {
  const cases: [string[], string][] = [
    [['check', '--format', 'xml'], 'posting-lens: invalid value "xml" for --format: expected stylish, json, sarif, github\n'],
    [['check', '--max-warnings', '-1'], 'posting-lens: option --max-warnings needs a value\n'],
    [['check', '--max-warnings', 'many'], 'posting-lens: invalid value "many" for --max-warnings: expected a whole number (0 or more)\n'],
    [['check', '--jobs', '0'], 'posting-lens: invalid value "0" for --jobs: expected a number from 1 to 64, or auto\n'],
    [['check', '--config', 'missing.yaml'], 'posting-lens: config missing.yaml: no such file or directory\n'],
  ];
  for (const [argv, stderr] of cases) assert.deepEqual(await cli(argv), { code: 2, stdout: '', stderr }, argv.join(' '));
});

test('a broken configuration stops the run: file:line:col lines, exit 2', async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, '.postinglens.yaml'), 'rules:\n  no-such-rule: warning\n  wall-of-text:\n    maxChars: lots\n');
  writeFileSync(path.join(dir, 'a.md'), '# A\n');
  const r = await cli(['check'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '.postinglens.yaml:2:3: unknown rule "no-such-rule"\n.postinglens.yaml:4:15: rule "wall-of-text": option "maxChars" must be a number\n');
});

test('--format json: 0-based positions and offsets that point at the text, summary, parse back', async () => {
  const r = await cli(['check', 'postings', '--format', 'json']);
  assert.equal(r.code, 1);
  const doc = JSON.parse(r.stdout) as CheckJson;
  assert.equal(doc.version, 1);
  assert.deepEqual(doc.summary, { files: 10, filesWithProblems: 7, error: 2, warning: 12, info: 1, hint: 0, fixable: 4, fixed: 0 });
  assert.equal(doc.files.length, 10);
  assert.deepEqual(
    doc.files.map((f) => f.path),
    readdirSync(path.join(FIXTURE, 'postings'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(md|txt)$/.test(f) && !f.includes('template'))
      .map((f) => `postings/${f.split(path.sep).join('/')}`)
      .sort(),
  );
  const ml = doc.files.find((f) => f.path === 'postings/ml-engineer.txt')!;
  const text = readFileSync(path.join(FIXTURE, ml.path), 'utf8');
  const dup = ml.findings.find((f) => f.ruleId === 'duplicate-item')!;
  assert.equal(text.slice(dup.start, dup.end), 'Experience with PyTorch');
  assert.deepEqual([dup.line, dup.character, dup.endLine, dup.endCharacter], [11, 2, 11, 25]);
  assert.equal(dup.url, 'https://github.com/posting-lens/posting-lens/blob/main/docs/rules/duplicate-item.md');
  const scraped = doc.files.find((f) => f.path === 'postings/scraped-job-board.txt')!;
  const moji = scraped.findings.filter((f) => f.fixes?.some((x) => x.safe));
  assert.deepEqual(moji.map((f) => f.fixes![0]!.edits[0]!.newText), ['·', '·', '·']);
});

test('--include-hints adds the per-word hints; without it they are left out everywhere', async () => {
  const plain = await cli(['check', 'postings/search-engineer.md', '--format', 'json']);
  const hints = await cli(['check', 'postings/search-engineer.md', '--format', 'json', '--include-hints']);
  const count = (out: string) => (JSON.parse(out) as CheckJson).files[0]!.findings.filter((f) => f.severity === 'hint').length;
  assert.equal(count(plain.stdout), 0);
  assert.equal(count(hints.stdout), 5);
});

test('GitHub Actions: annotations beside the stylish output, paths from the repository root, values escaped', async () => {
  const r = await cli(['check', 'postings/ml-engineer.txt', 'postings/platform-engineer.md'], { env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: REPO_ROOT } });
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.deepEqual(annotations, [
    `::warning file=test/fixtures/review/postings/ml-engineer.txt,line=8,col=3,endLine=8,endColumn=40,title=degree-without-equivalent::A bachelor's degree is required with no alternative: consider adding "or equivalent practical experience".`,
    '::warning file=test/fixtures/review/postings/ml-engineer.txt,line=12,col=3,endLine=12,endColumn=26,title=duplicate-item::This item repeats line 10: "Experience with PyTorch".',
    '::warning file=test/fixtures/review/postings/ml-engineer.txt,line=15,col=3,endLine=15,endColumn=9,title=conflicting-level::Python is required (Requirements) and also preferred (Preferred): keep it in one list.',
    '::warning file=test/fixtures/review/postings/platform-engineer.md,line=5,col=21,endLine=5,endColumn=24,title=inconsistent-term::"k8s" and "Kubernetes" both name Kubernetes in this posting: use one spelling.',
    '::notice file=test/fixtures/review/postings/platform-engineer.md,line=8,col=22,endLine=8,endColumn=32,title=unknown-term::"Frobnicate" looks like a technology but is not in the glossary: add it to the workspace glossary to get hovers and statistics.',
  ]);
  assert.match(r.stdout, /^postings\/ml-engineer.txt\n {2}8:3 /);
  const only = await cli(['check', 'postings/ml-engineer.txt', '--format', 'github'], { env: {} });
  assert.equal(only.stdout, annotations.slice(0, 3).join('\n') + '\n');
});

test('colour on a terminal, none when NO_COLOR is set', async () => {
  const tty = await cli(['check', 'postings/ml-engineer.txt'], { isTTY: true });
  assert.match(tty.stdout, /\x1b\[33mwarning\x1b\[0m/);
  assert.match(tty.stdout, /\x1b\[4mpostings\/ml-engineer.txt\x1b\[0m/);
  const off = await cli(['check', 'postings/ml-engineer.txt'], { isTTY: true, env: { NO_COLOR: '1' } });
  assert.doesNotMatch(off.stdout, /\x1b\[/);
});

test('--fix applies the safe fixes atomically, keeps the rest, reports what is left', async () => {
  const dir = tmp();
  cpSync(path.join(FIXTURE, 'postings/scraped-job-board.txt'), path.join(dir, 'scraped.txt'));
  writeFileSync(path.join(dir, '.postinglens.yaml'), 'rules:\n  gendered-wording: off\n');
  const before = readFileSync(path.join(dir, 'scraped.txt'), 'utf8');
  const r = await cli(['check', 'scraped.txt', '--fix'], { cwd: dir });
  const after = readFileSync(path.join(dir, 'scraped.txt'), 'utf8');
  assert.equal(after, before.replaceAll('路', '·'));
  assert.deepEqual(readdirSync(dir).sort(), ['.postinglens.yaml', 'scraped.txt']); // no temporary file left behind
  assert.equal(r.code, 0);
  assert.equal(
    r.stdout,
    `scraped.txt
  1:1  warning  Page debris from a job board ("TikTok logo"): remove it.  scrape-noise
  4:1  warning  Page debris from a job board ("Singapore · Reposted 17 hours ago · 2…"): remove it.  scrape-noise

3 fixes applied.
✖ 2 problems (0 errors, 2 warnings) in 1 of 1 posting
`,
  );
  const again = await cli(['check', 'scraped.txt', '--fix'], { cwd: dir });
  assert.doesNotMatch(again.stdout, /applied/);
  assert.equal(readFileSync(path.join(dir, 'scraped.txt'), 'utf8'), after);
});

test('worker threads (the built bundle) give the same results in the same order as the main thread', async () => {
  const workerScript = path.join(tmp(), 'worker.cjs');
  await build({ entryPoints: [path.join(REPO_ROOT, 'src/cli/worker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  for (const format of ['json', 'stylish', 'sarif']) {
    const main = await cli(['check', '--format', format, '--jobs', '1'], { workerScript });
    const threads = await cli(['check', '--format', format, '--jobs', '2'], { workerScript });
    assert.equal(threads.stdout, main.stdout, format);
    assert.equal(threads.code, main.code);
  }
  const stats1 = await cli(['stats', '--format', 'json', '--jobs', '1'], { workerScript });
  const stats2 = await cli(['stats', '--format', 'json', '--jobs', '2'], { workerScript });
  assert.equal(stats2.stdout, stats1.stdout);
  assert.equal(stats2.code, 0);
});

test('worker threads take files in batches: a repository of 60 postings, results in input order', async () => {
  const workerScript = path.join(tmp(), 'worker.cjs');
  await build({ entryPoints: [path.join(REPO_ROOT, 'src/cli/worker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const dir = tmp();
  const sources = readdirSync(path.join(FIXTURE, 'postings'), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(FIXTURE, 'postings', e.name), 'utf8'));
  // 60 files, 2 threads: batches of 7 (60 / (2 × 4)), a binary file among them.
  for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `p${String(i).padStart(2, '0')}.txt`), `${sources[i % sources.length]}\n\nPosting ${i}.\n`);
  writeFileSync(path.join(dir, 'p30.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x00, 0x00, 0x00]));
  const main = await cli(['check', dir, '--format', 'json', '--jobs', '1'], { workerScript });
  const threads = await cli(['check', dir, '--format', 'json', '--jobs', '2'], { workerScript });
  assert.equal(threads.stdout, main.stdout);
  assert.equal(threads.stderr, main.stderr);
  const doc = JSON.parse(threads.stdout) as CheckJson;
  assert.deepEqual(
    doc.files.map((f) => path.basename(f.path)),
    Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(2, '0')}.txt`),
  );
  assert.ok(doc.files[30]!.error, 'the binary file is reported, not analysed');
  const stats1 = await cli(['stats', dir, '--format', 'json', '--jobs', '1'], { workerScript });
  const stats2 = await cli(['stats', dir, '--format', 'json', '--jobs', '2'], { workerScript });
  assert.equal(stats2.stdout, stats1.stdout);
  assert.equal((JSON.parse(stats2.stdout) as { postings: number }).postings, 59);
});

test('a crashing worker fails its files with one line each; the run ends with exit code 2', async () => {
  const workerScript = path.join(tmp(), 'crash.cjs');
  writeFileSync(workerScript, "throw new Error('worker exploded');\n");
  const r = await cli(['check', 'postings', '--jobs', '2'], { workerScript });
  assert.equal(r.code, 2);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 10);
  for (const l of lines) assert.match(l, /^posting-lens: postings\/.+: analysis failed: worker exploded$/);
  const stats = await cli(['stats', 'postings', '--jobs', '2'], { workerScript });
  assert.equal(stats.code, 2);
  assert.equal(stats.stdout, '');
});
