import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatSize, parseArgs, parseSize, UsageError, type OptionSpecs } from '../../src/cli/args.ts';
import { decodePosting } from '../../src/cli/decode.ts';
import { globToRegExp, isGlob, splitGlob } from '../../src/cli/glob.ts';
import { expandInputs } from '../../src/cli/inputs.ts';
import { nodeFs } from '../../src/cli/io.ts';
import { readAll, readLines } from '../../src/cli/lines.ts';
import { editDistance, suggest } from '../../src/cli/suggest.ts';

const SPECS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: ['json', 'csv'] },
  glossary: { type: 'string', short: 'g', multiple: true },
  noise: { type: 'boolean', negatable: true },
  help: { type: 'boolean', short: 'h' },
};

test('parseArgs: long, inline, short, repeatable, negatable, -, --', () => {
  const r = parseArgs(['a.txt', '--format', 'json', '-g', 'x.yaml', '--glossary=y.yaml', '--no-noise', '-', '--', '--weird'], SPECS, 'extract');
  assert.deepEqual(r.options, { format: 'json', glossary: ['x.yaml', 'y.yaml'], noise: false });
  assert.deepEqual(r.positionals, ['a.txt', '-', '--weird']);
  assert.deepEqual(parseArgs(['-fcsv', '-h'], SPECS, 'extract').options, { format: 'csv', help: true });
});

test('parseArgs: errors are one-line usage errors with exact messages', () => {
  const fails = (argv: string[], message: string) =>
    assert.throws(() => parseArgs(argv, SPECS, 'extract'), (err: unknown) => err instanceof UsageError && err.message === message);
  fails(['--bogus'], 'unknown option --bogus (see posting-lens extract --help)');
  fails(['-x'], 'unknown option -x (see posting-lens extract --help)');
  fails(['--format'], 'option --format needs a value');
  fails(['--format', '--help'], 'option --format needs a value');
  fails(['--format', 'xml'], 'invalid value "xml" for --format: expected json, csv');
  fails(['--help=yes'], 'option --help takes no value');
  fails(['--no-help'], 'unknown option --no-help (see posting-lens extract --help)');
});

test('parseSize and formatSize', () => {
  assert.equal(parseSize('5MB', 'max-size'), 5 * 1024 * 1024);
  assert.equal(parseSize('500k', 'max-size'), 500 * 1024);
  assert.equal(parseSize('1.5 MiB', 'max-size'), 1572864);
  assert.equal(parseSize('123', 'max-size'), 123);
  assert.throws(() => parseSize('lots', 'max-size'), { message: 'invalid size "lots" for --max-size: expected bytes or a number with k, MB or GB' });
  assert.throws(() => parseSize('0', 'max-size'), { message: 'invalid size "0" for --max-size: must be more than 0' });
  assert.equal(formatSize(5 * 1024 * 1024), '5 MB');
  assert.equal(formatSize(1536), '1.5 KB');
  assert.equal(formatSize(12), '12 bytes');
});

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

test('decodePosting: UTF-8 with and without BOM, UTF-16 LE/BE with BOM and without', () => {
  assert.deepEqual(decodePosting(bytes('Rust · Go')), { ok: true, text: 'Rust · Go', encoding: 'utf-8' });
  assert.deepEqual(decodePosting(bytes([0xef, 0xbb, 0xbf], 'Go')), { ok: true, text: 'Go', encoding: 'utf-8 (BOM)' });
  const le = Buffer.from('Résumé: Go\n', 'utf16le');
  assert.deepEqual(decodePosting(Uint8Array.from([0xff, 0xfe, ...le])), { ok: true, text: 'Résumé: Go\n', encoding: 'utf-16le' });
  const be = Buffer.from(le).swap16();
  assert.deepEqual(decodePosting(Uint8Array.from([0xfe, 0xff, ...be])), { ok: true, text: 'Résumé: Go\n', encoding: 'utf-16be' });
  const bomless = Buffer.from('Senior engineer, Kubernetes and Go', 'utf16le');
  assert.deepEqual(decodePosting(bomless), { ok: true, text: 'Senior engineer, Kubernetes and Go', encoding: 'utf-16le' });
});

test('decodePosting: binary and non-UTF-8 data are refused with a reason', () => {
  assert.deepEqual(decodePosting(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), {
    ok: false,
    reason: 'binary file (NUL bytes)',
  });
  const latin1 = Buffer.from('Caf\xe9 cr\xe8me na\xefve r\xe9sum\xe9 '.repeat(10), 'latin1');
  assert.deepEqual(decodePosting(latin1), { ok: false, reason: 'not UTF-8 text (50 invalid byte sequences); convert it to UTF-8 first' });
  assert.deepEqual(decodePosting(Uint8Array.from([1, 2, 3, 4, 5, 65, 66, 67])), { ok: false, reason: 'binary file (control bytes)' });
  // A stray invalid byte in a long text is tolerated (shown as U+FFFD).
  const one = decodePosting(bytes('Python '.repeat(100), [0xff], ' Go'));
  assert.equal(one.ok, true);
});

test('globs: detection, base split and matching', () => {
  assert.equal(isGlob('jobs/*.md'), true);
  assert.equal(isGlob('jobs/a.md'), false);
  assert.deepEqual(splitGlob('jobs/2024/**/*.{md,txt}'), { base: 'jobs/2024', rest: '**/*.{md,txt}' });
  assert.deepEqual(splitGlob('*.txt'), { base: '.', rest: '*.txt' });
  assert.deepEqual(splitGlob('/tmp/x/*.txt'), { base: '/tmp/x', rest: '*.txt' });
  const re = globToRegExp('**/*.{md,txt}');
  assert.ok(re.test('a.md') && re.test('x/y/b.txt'));
  assert.ok(!re.test('a.json') && !re.test('a.mdx'));
  assert.ok(globToRegExp('00[0-2]_*.txt').test('001_x.txt'));
  assert.ok(!globToRegExp('00[!0-2]_*.txt').test('001_x.txt'));
  assert.ok(!globToRegExp('*.txt').test('dir/a.txt'));
  assert.ok(globToRegExp('a?c.(1).txt').test('abc.(1).txt'));
});

function tempTree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'posting-lens-inputs-'));
  mkdirSync(path.join(dir, 'jobs/2024'), { recursive: true });
  mkdirSync(path.join(dir, 'jobs/.hidden'));
  mkdirSync(path.join(dir, 'jobs/node_modules'));
  for (const f of ['jobs/a.txt', 'jobs/b.md', 'jobs/c.json', 'jobs/2024/d.posting', 'jobs/2024/e.jd', 'jobs/.hidden/f.txt', 'jobs/node_modules/g.txt']) {
    writeFileSync(path.join(dir, f), 'x');
  }
  symlinkSync(path.join(dir, 'jobs'), path.join(dir, 'jobs/2024/loop'));
  return dir;
}

test('expandInputs: directories walk posting files only, globs match any file, ids keep the given path', async () => {
  const dir = tempTree();
  const r = await expandInputs(['jobs/', 'jobs/c.json', 'jobs/*.{txt,json}', '-', 'missing.txt', 'nothing/*.md'], dir, nodeFs);
  assert.deepEqual(
    r.inputs.map((i) => i.id),
    ['jobs/2024/d.posting', 'jobs/2024/e.jd', 'jobs/a.txt', 'jobs/b.md', 'jobs/c.json', '-'],
  );
  assert.equal(r.inputs[0]!.path, path.join(dir, 'jobs/2024/d.posting'));
  assert.equal(r.inputs[5]!.path, null);
  assert.deepEqual(r.errors, ['missing.txt: no such file or directory', 'no files match nothing/*.md']);
  const here = await expandInputs(['.'], path.join(dir, 'jobs'), nodeFs);
  assert.deepEqual(here.inputs.map((i) => i.id), ['2024/d.posting', '2024/e.jd', 'a.txt', 'b.md']);
  const rec = await expandInputs(['jobs/**/*.jd', './jobs/*.md'], dir, nodeFs);
  assert.deepEqual(rec.inputs.map((i) => i.id), ['jobs/2024/e.jd', './jobs/b.md']);
  // A hidden directory named explicitly is walked; a directory without posting files is an error.
  assert.deepEqual((await expandInputs(['jobs/.hidden'], dir, nodeFs)).inputs.map((i) => i.id), ['jobs/.hidden/f.txt']);
  mkdirSync(path.join(dir, 'empty'));
  const empty = await expandInputs(['empty'], dir, nodeFs);
  assert.deepEqual(empty.errors, ['empty: no posting files in this directory (.txt .md .markdown .posting .jd)']);
});

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

test('readLines: CRLF, UTF-8 split across chunks, last line without newline, long lines cut', async () => {
  const euro = Buffer.from('€');
  const lines = [];
  for await (const l of readLines(chunks('a\r\nb', Uint8Array.from(euro.subarray(0, 1)), Uint8Array.from([...euro.subarray(1), 10]), 'c'))) lines.push(l);
  assert.deepEqual(lines, [
    { number: 1, text: 'a', truncated: false },
    { number: 2, text: 'b€', truncated: false },
    { number: 3, text: 'c', truncated: false },
  ]);
  const cut = [];
  for await (const l of readLines(chunks('0123456789', '0123\nok\n'), 5)) cut.push(l);
  assert.deepEqual(cut, [
    { number: 1, text: '01234', truncated: true },
    { number: 2, text: 'ok', truncated: false },
  ]);
});

test('readAll: concatenates and gives up past the limit', async () => {
  assert.deepEqual(await readAll(chunks('ab', Uint8Array.from([99])), 10), Uint8Array.from([97, 98, 99]));
  assert.equal(await readAll(chunks('abcdef', 'ghijk'), 10), null);
});

test('suggest: edit distance and prefix hints', () => {
  assert.equal(editDistance('kubernetes', 'kubernetse'), 1);
  assert.equal(editDistance('', 'go'), 2);
  const candidates = [
    { label: 'Kubernetes', spellings: ['Kubernetes', 'k8s', 'kubernetes'] },
    { label: 'Kubeflow', spellings: ['Kubeflow', 'kubeflow'] },
    { label: 'TensorFlow', spellings: ['TensorFlow', 'tensorflow', 'TF'] },
  ];
  assert.deepEqual(suggest('kubernets', candidates), ['Kubernetes']);
  assert.deepEqual(suggest('kube', candidates), ['Kubeflow', 'Kubernetes']);
  assert.deepEqual(suggest('tensorflw', candidates), ['TensorFlow']);
  assert.deepEqual(suggest('zzzzzz', candidates), []);
});

test('property: readLines gives back the text for any split into chunks', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 6 }), async (s, cuts) => {
      const bytes = Buffer.from(s, 'utf8');
      const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const parts: Uint8Array[] = [];
      let at = 0;
      for (const p of [...points, bytes.length]) {
        parts.push(Uint8Array.from(bytes.subarray(at, p)));
        at = p;
      }
      const lines: string[] = [];
      for await (const l of readLines(chunks(...parts))) lines.push(l.text);
      const expected = Buffer.from(s, 'utf8').toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n$/, '');
      assert.equal(lines.join('\n'), expected);
    }),
  );
});

test('property: decodePosting never throws, and gives back any UTF-8 text without control characters', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => void decodePosting(b)));
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      fc.pre(!/[\x00-\x08\x0b\x0e-\x1f\ufeff]/.test(s));
      assert.deepEqual(decodePosting(Buffer.from(s, 'utf8')), { ok: true, text: s, encoding: 'utf-8' });
    }),
  );
});

test('property: a glob without special characters matches exactly itself', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[\w .()+-]{1,30}$/), (name) => {
      assert.ok(globToRegExp(name).test(name));
      assert.ok(!globToRegExp(name).test(name + 'x'));
    }),
  );
});
