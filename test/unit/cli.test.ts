import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { type JsonSection, type PostingJson } from '../../src/core/format/index.ts';
import { run } from '../../src/cli/run.ts';
import { fakeIo, REPO_ROOT, runCli } from '../fixtures/cli/fake-io.ts';

const SEED_001 = 'seeds/001_ea8f28dc49a10842.txt';
const SEED_003 = 'seeds/003_a98712cf0a13e054.txt';
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const cli = runCli;

const titles = (sections: readonly JsonSection[]): string[] => sections.flatMap((s) => [s.title, ...titles(s.children)]);
const levelOf = (p: PostingJson, name: string) => p.skills.find((s) => s.name === name)?.level;
const tmp = () => mkdtempSync(path.join(tmpdir(), 'posting-lens-cli-'));

/** Asserts an error run: exit 2, exactly these stderr lines, no stack trace. */
function assertFails(r: { code: number; stderr: string }, lines: string[]) {
  assert.equal(r.code, 2);
  assert.deepEqual(r.stderr.split('\n').filter(Boolean), lines);
  assert.doesNotMatch(r.stderr, /^\s+at /m);
}

/** The skill names of one level in the first posting of a table output (wrapped lines joined). */
function levelBlock(out: string, level: string): string {
  const m = new RegExp(`^ {4}${level} +(.*\\n(?: {15}.*\\n)*)`, 'm').exec(out);
  return m ? m[1]!.replace(/\s+/g, ' ') : '';
}

test('--version, --help, no arguments', async () => {
  assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^posting-lens — /);
  assert.match(help.stdout, /posting-lens define TERM/);
  const none = await cli([]);
  assert.equal(none.code, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^posting-lens — /);
  const sub = await cli(['extract', '--help']);
  assert.equal(sub.code, 0);
  assert.match(sub.stdout, /--stdin-jsonl/);
  assert.equal((await cli(['help', 'define'])).stdout.split('\n')[0], 'posting-lens define — print the glossary entry of a technical term');
});

test('usage errors: one line, exit 2, no stack', async () => {
  const unknown = await cli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^posting-lens: unknown command "frobnicate" \(commands: extract, define[\w, ]*; see posting-lens --help\)\n$/);
  assertFails(await cli(['extract', SEED_001, '--bogus']), ['posting-lens: unknown option --bogus (see posting-lens extract --help)']);
  assertFails(await cli(['extract', SEED_001, '--format', 'xml']), [
    'posting-lens: invalid value "xml" for --format: expected table, json, jsonl, yaml, markdown, csv',
  ]);
  assertFails(await cli(['extract', SEED_001, '--level', 'must']), ['posting-lens: invalid value "must" for --level: expected required, preferred, mentioned']);
  assertFails(await cli(['extract']), ['posting-lens: no input: give files, directories, globs, or - for stdin (see posting-lens extract --help)']);
  assertFails(await cli(['extract', '--stdin-jsonl', SEED_001]), ['posting-lens: --stdin-jsonl reads stdin only; leave out the paths']);
  assertFails(await cli(['define']), ['posting-lens: define needs a term, e.g. posting-lens define Kubernetes']);
});

test('extract --format json: seed 001 sections, skills and levels as the posting states them', async () => {
  const r = await cli(['extract', SEED_001, '--format', 'json']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  const [p, ...rest] = JSON.parse(r.stdout) as PostingJson[];
  assert.equal(rest.length, 0);
  assert.equal(p!.id, SEED_001);
  const all = titles(p!.sections);
  for (const t of ['Responsibilities', 'Minimum Qualifications', 'Preferred Qualifications']) assert.ok(all.includes(t), `${t} in ${all.join(' | ')}`);
  for (const name of ['C', 'C++', 'CUDA', 'Python', 'TensorFlow', 'PyTorch']) assert.equal(levelOf(p!, name), 'required', name);
  assert.equal(levelOf(p!, 'JAX'), 'preferred');
  const text = readFileSync(path.join(REPO_ROOT, SEED_001), 'utf8');
  for (const s of p!.skills) for (const m of s.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('every format on a seed carries the same content', async () => {
  const json = JSON.parse((await cli(['extract', SEED_001, '-f', 'json'])).stdout) as PostingJson[];
  const names = json[0]!.skills.map((s) => s.name);

  const jsonl = await cli(['extract', SEED_001, SEED_003, '-f', 'jsonl']);
  const lines = jsonl.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(JSON.parse(lines[0]!), json[0]);
  assert.equal((JSON.parse(lines[1]!) as PostingJson).id, SEED_003);

  assert.deepEqual(parseYaml((await cli(['extract', SEED_001, '-f', 'yaml'])).stdout), json);

  const csv = (await cli(['extract', SEED_001, '-f', 'csv'])).stdout.trimEnd().split('\n');
  assert.equal(csv[0], 'id,title,company,skill_id,skill,category,kind,level,mentions,first_line,min_years');
  assert.equal(csv.length, 1 + names.length);
  assert.ok(csv.some((l) => l.includes(',C++,') && l.includes(',required,')), csv.join('\n'));

  const md = (await cli(['extract', SEED_001, '-f', 'markdown'])).stdout;
  assert.match(md, /^## /);
  assert.match(md, /^\| JAX \| preferred \|/m);
  assert.match(md, /^ *- \*\*Minimum Qualifications\*\* — requirements, 4 items/m);
  assert.match(md, /^ *- \*\*Preferred Qualifications\*\* — preferred, /m);

  const table = await cli(['extract', SEED_001]);
  assert.equal(table.code, 0);
  assert.doesNotMatch(table.stdout, /\x1b\[/);
  assert.match(levelBlock(table.stdout, 'required'), /\bC\+\+, CUDA, Python\b/);
  assert.match(levelBlock(table.stdout, 'preferred'), /\bJAX\b/);
});

test('table colours: on a TTY or with FORCE_COLOR, off with NO_COLOR or --no-color', async () => {
  const ansi = /\x1b\[[0-9;]*m/;
  assert.match((await cli(['extract', SEED_001], { isTTY: true })).stdout, ansi);
  assert.match((await cli(['extract', SEED_001], { env: { FORCE_COLOR: '1' } })).stdout, ansi);
  assert.doesNotMatch((await cli(['extract', SEED_001], { isTTY: true, env: { NO_COLOR: '1' } })).stdout, ansi);
  assert.doesNotMatch((await cli(['extract', SEED_001, '--no-color'], { isTTY: true })).stdout, ansi);
  assert.doesNotMatch((await cli(['extract', SEED_001], { isTTY: true, env: { FORCE_COLOR: '0' } })).stdout, ansi);
  assert.match((await cli(['extract', SEED_001, '--color'])).stdout, ansi);
});

test('directories, globs, summary line', async () => {
  const r = await cli(['extract', 'seeds/']);
  assert.equal(r.code, 0, r.stderr);
  const ids = r.stdout.split('\n').filter((l) => l.startsWith('seeds/'));
  assert.equal(ids.length, 5);
  assert.match(r.stdout, /\n5 postings · \d+ skills \(\d+ required, \d+ preferred, \d+ mentioned\)\n$/);
  const g = await cli(['extract', 'seeds/00[0-1]_*.txt', '-f', 'jsonl']);
  assert.deepEqual(
    g.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as PostingJson).id),
    ['seeds/000_f99fb1aa4bb66697.txt', SEED_001],
  );
});

test('missing, binary and oversized inputs are reported and skipped; the rest is processed', async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'bin.txt'), Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0]));
  writeFileSync(path.join(dir, 'big.txt'), 'Python '.repeat(300));
  writeFileSync(path.join(dir, 'ok.txt'), 'Requirements\n- Python\n');
  const r = await cli(['extract', 'nope.txt', 'bin.txt', 'big.txt', 'ok.txt', '--max-size', '1k', '-f', 'jsonl'], { cwd: dir });
  assertFails(r, [
    'posting-lens: nope.txt: no such file or directory',
    'posting-lens: bin.txt: binary file (NUL bytes), skipped',
    'posting-lens: big.txt: 2.1 KB is larger than --max-size 1 KB, skipped',
  ]);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as PostingJson);
  assert.deepEqual(out.map((p) => p.id), ['ok.txt']);
  assert.equal(levelOf(out[0]!, 'Python'), 'required');
});

test('UTF-16 and BOM files read the same as UTF-8', async () => {
  const dir = tmp();
  const text = 'Requirements\r\n- Kubernetes and Go\r\n';
  writeFileSync(path.join(dir, 'a.txt'), text);
  writeFileSync(path.join(dir, 'b.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  writeFileSync(path.join(dir, 'c.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const r = await cli(['extract', 'a.txt', 'b.txt', 'c.txt', '-f', 'jsonl'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const [a, b, c] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as PostingJson);
  assert.deepEqual({ ...b!, id: 'a.txt' }, a);
  assert.deepEqual({ ...c!, id: 'a.txt' }, a);
  assert.ok(a!.skills.some((s) => s.name === 'Kubernetes'));
});

test('stdin: - reads one posting', async () => {
  const r = await cli(['extract', '-', '-f', 'json'], { stdin: ['Requirements\n- Ter', 'raform\n'] });
  assert.equal(r.code, 0, r.stderr);
  const [p] = JSON.parse(r.stdout) as PostingJson[];
  assert.equal(p!.id, '-');
  assert.equal(levelOf(p!, 'Terraform'), 'required');
});

test('--stdin-jsonl: one line out per line in, ids kept, bad lines in-band', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Requirements\n- Python' }),
    '{"id": "b", "text": oops}',
    '',
    JSON.stringify({ id: 7, text: 'Nice to have\n- Kafka' }),
    JSON.stringify({ text: 'no id' }),
    JSON.stringify({ id: 'c' }),
    '[1,2]',
  ].join('\n');
  const r = await cli(['extract', '--stdin-jsonl'], { stdin: input });
  assert.equal(r.code, 0);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(out.length, 6);
  assert.equal(out[0]!.id, 'a');
  assert.equal(levelOf(out[0] as unknown as PostingJson, 'Python'), 'required');
  assert.equal(out[1]!.id, 'b');
  assert.equal(out[1]!.line, 2);
  assert.match(out[1]!.error as string, /^invalid JSON: /);
  assert.equal(out[2]!.id, '7');
  assert.equal((out[2] as unknown as PostingJson).skills.find((s) => s.id === 'kafka')?.level, 'preferred');
  assert.deepEqual(out[3], { id: null, line: 5, error: 'missing "id"' });
  assert.deepEqual(out[4], { id: 'c', line: 6, error: 'missing "text"' });
  assert.deepEqual(out[5], { id: null, line: 7, error: 'expected an object {"id", "text"}' });
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 4);
  assert.match(r.stderr, /^posting-lens: stdin line 5: missing "id"$/m);
  assert.equal((await cli(['extract', '--stdin-jsonl', '--strict'], { stdin: input })).code, 2);
});

test('--stdin-jsonl streams: a result is written before the input ends', async () => {
  const f = fakeIo();
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const written: string[] = [];
  f.io.stdout.write = (t) => void written.push(t);
  f.io.stdin = (async function* () {
    yield JSON.stringify({ id: 'first', text: 'Skills\n- Rust' }) + '\n';
    await gate;
    yield JSON.stringify({ id: 'second', text: 'Skills\n- Go' }) + '\n';
  })();
  const done = run(['extract', '--stdin-jsonl'], f.io);
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(written.length, 1);
  assert.equal((JSON.parse(written[0]!) as PostingJson).id, 'first');
  release();
  assert.equal(await done, 0);
  assert.equal(written.length, 2);
});

test('--glossary: user terms are found; a broken file reports file:line:col and the built-in keeps working', async () => {
  const posting = 'test/fixtures/cli/posting-with-fbql.txt';
  const ok = await cli(['extract', posting, '-f', 'json', '-g', 'test/fixtures/cli/extra-glossary.yaml']);
  assert.equal(ok.code, 0, ok.stderr);
  const [p] = JSON.parse(ok.stdout) as PostingJson[];
  assert.equal(levelOf(p!, 'FooBarQL'), 'required');
  assert.equal(levelOf(p!, 'Python'), 'required');

  const broken = await cli(['extract', posting, '-f', 'json', '-g', 'test/fixtures/cli/broken-glossary.yaml', '-g', 'missing.yaml']);
  assertFails(broken, [
    'test/fixtures/cli/broken-glossary.yaml:5:11: entry "wibble": field "kind" must be one of language, framework, library, tool, platform, service, database, concept, practice, credential, not "gadget"',
    'posting-lens: glossary missing.yaml: no such file or directory',
  ]);
  const [q] = JSON.parse(broken.stdout) as PostingJson[];
  assert.equal(levelOf(q!, 'Python'), 'required');
  assert.equal(levelOf(q!, 'FooBarQL'), 'required');
});

test('--level and --no-noise filter the output', async () => {
  const [p] = JSON.parse((await cli(['extract', SEED_001, '-f', 'json', '--level', 'preferred'])).stdout) as PostingJson[];
  assert.ok(p!.skills.length > 0);
  assert.ok(p!.skills.every((s) => s.level === 'preferred'));
  assert.ok(p!.skills.some((s) => s.name === 'JAX'));
  const kinds = (ss: readonly JsonSection[]): string[] => ss.flatMap((s) => [s.kind, ...kinds(s.children)]);
  const [withNoise] = JSON.parse((await cli(['extract', SEED_003, '-f', 'json'])).stdout) as PostingJson[];
  const [without] = JSON.parse((await cli(['extract', SEED_003, '-f', 'json', '--no-noise'])).stdout) as PostingJson[];
  assert.ok(kinds(withNoise!.sections).includes('noise'), 'seed 003 has page debris');
  assert.ok(!kinds(without!.sections).includes('noise'));
});

test('--out writes the file and nothing to stdout', async () => {
  const dir = tmp();
  const r = await cli(['extract', path.join(REPO_ROOT, SEED_001), '-f', 'csv', '--out', 'skills.csv'], { cwd: dir });
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
  assert.match(readFileSync(path.join(dir, 'skills.csv'), 'utf8'), /^id,title,company,skill_id/);
});

test('define: found, by alias, as JSON, unknown with suggestions', async () => {
  const k = await cli(['define', 'Kubernetes']);
  assert.equal(k.code, 0);
  const lines = k.stdout.split('\n');
  assert.match(lines[0]!, /^Kubernetes {2}\(platform · /);
  assert.ok(lines.some((l) => /^ {2}Docs {5}https:\/\//.test(l)), k.stdout);
  assert.ok(lines.some((l) => l === '  Id       kubernetes'), k.stdout);

  const alias = await cli(['define', 'k8s', '--format', 'json']);
  assert.equal(alias.code, 0);
  const [entry] = JSON.parse(alias.stdout) as { id: string; name: string; definition: string; aliases: string[] }[];
  assert.equal(entry!.id, 'kubernetes');
  assert.ok(entry!.aliases.includes('k8s'));
  assert.ok(entry!.definition.length >= 20);

  const unknown = await cli(['define', 'kubernetis']);
  assertFails(unknown, ['posting-lens: no glossary entry for "kubernetis" — did you mean Kubernetes?']);
  assert.equal(unknown.stdout, '');
  assertFails(await cli(['define', 'qwzxv']), ['posting-lens: no glossary entry for "qwzxv"']);

  const user = await cli(['define', 'FBQL', '-g', 'test/fixtures/cli/extra-glossary.yaml']);
  assert.equal(user.code, 0);
  assert.match(user.stdout, /^FooBarQL {2}\(language · internal\)/);
});

test('--jobs: worker threads give the same output in the same order, user glossary included', async () => {
  const args = ['extract', 'seeds/', 'test/fixtures/cli/posting-with-fbql.txt', '-f', 'jsonl', '-g', 'test/fixtures/cli/extra-glossary.yaml'];
  const sequential = await cli(args);
  // Worker threads run JavaScript: bundle the worker as the build does.
  const workerScript = path.join(tmp(), 'worker.cjs');
  await build({ entryPoints: [path.join(REPO_ROOT, 'src/cli/worker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  const f = fakeIo();
  f.io.workerScript = workerScript;
  const code = await run([...args, '--jobs', '2'], f.io);
  assert.equal(code, 0, f.stderr());
  assert.equal(f.stdout(), sequential.stdout);
  assert.match(f.stdout(), /"name":"FooBarQL"/);
  const jl = fakeIo({ stdin: ['{"id":"a","text":"Skills\\n- Rust"}\n', 'oops\n', '{"id":"b","text":"Skills\\n- Go"}\n'] });
  jl.io.workerScript = f.io.workerScript;
  assert.equal(await run(['extract', '--stdin-jsonl', '-j', '2'], jl.io), 0);
  assert.deepEqual(jl.stdout().trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string | null }).id), ['a', null, 'b']);
  assertFails(await cli(['extract', SEED_001, '--jobs', '0']), ['posting-lens: invalid value "0" for --jobs: expected a number from 1 to 64, or auto']);
});

test('unexpected failures still end as one line and exit 2', async () => {
  const f = fakeIo();
  f.io.stdout.write = () => {
    throw new Error('disk on fire\n    at somewhere (file.js:1:1)');
  };
  assert.equal(await run(['extract', SEED_001, '-f', 'jsonl'], f.io), 2);
  assert.equal(f.stderr(), 'posting-lens: internal error: disk on fire\n');
  assertFails(await cli(['extract', SEED_001, '--out', '/nonexistent-dir/x.json']), [
    'posting-lens: cannot write /nonexistent-dir/x.json: no such file or directory',
  ]);
});

test('--jobs: a crashing worker fails its postings with one line each, and the run ends', async () => {
  const workerScript = path.join(tmp(), 'crash.cjs');
  writeFileSync(workerScript, "throw new Error('worker exploded');\n");
  const f = fakeIo();
  f.io.workerScript = workerScript;
  const code = await run(['extract', SEED_001, SEED_003, '-f', 'jsonl', '-j', '2'], f.io);
  assertFails({ code, stderr: f.stderr() }, [
    `posting-lens: ${SEED_001}: analysis failed: worker exploded`,
    `posting-lens: ${SEED_003}: analysis failed: worker exploded`,
  ]);
  assert.equal(f.stdout(), '');
});
