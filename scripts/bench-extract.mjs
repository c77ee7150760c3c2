#!/usr/bin/env node
// Extraction benchmark (run by `npm run bench`). Measures the engine as it ships: src/core is bundled
// by esbuild (as dist/ is) into .bench/, then timed in this process on two corpora built from seeds/:
//
//   plain    ≥ 5 MB of plain-text postings: the seeds and deterministic variations of them (CRLF,
//            other bullets, NBSP/tabs, the `路` mojibake, other company names, two postings run together)
//   markdown the same postings rewritten as Markdown (# title, ## headings, - lists), ≥ 5 MB
//
// Targets (issue 2 §8), each printed as PASS/FAIL:
//   1. plain-text throughput ≥ 10 MB/s
//   2. plain-text throughput ≥ 1/20 of a single-regex scan of the same postings in the same run
//      (the regex visits every word: /[\p{L}\p{N}][\p{L}\p{N}+#.\-]*/gu — one linear pass, no work per match)
//   3. Markdown postings cost ≤ 1.5 × `unified().use(remarkParse).parse()` alone on the same text
// Rates and ratios come from CPU time measured side by side with the reference, chunk by chunk
// (see `paired`); the table's wall-clock columns give the latency per posting.
// plus p50/p95 latency per posting, and 4. linearity: for each input that once was (or could be)
// quadratic — a 5 MB posting, one 1 MB line, 500 kB of `a\n`, repeated items on one line in the rules, the requirement and negation patterns that made
// regexes backtrack, a glossary of 8,000 entries — the time for 10× the input over the time for 1×
// (PASS when ≤ 15; linear code gives ~10). The unit tests keep these inputs for correctness only:
// speed is measured here, never by a timed unit test. Every timing is the best of up to BENCH_ROUNDS (3) rounds after a
// warm-up; a run that already took 15 s is not repeated.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { prng } from './lib/prng.mjs';
import { cpuMs, percentile } from './lib/timing.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const MB = 1e6;
const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// --- the engine, bundled like the shipped code ---------------------------------------------------
spawnSync(process.execPath, [path.join(root, 'scripts/build-data.mjs')], { cwd: root, stdio: 'inherit' });
mkdirSync(path.join(root, '.bench'), { recursive: true });
/** Bundles a module of src/core to `.bench/<name>.cjs` and loads it. */
async function bundled(entry, name) {
  const outfile = path.join(root, `.bench/${name}.cjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true }, // as scripts/build.mjs: keep /\p{…}/u literals
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}
const core = await bundled('src/core/index.ts', 'core');
// The rules (what `check` and the editor's diagnostics run) have their own entry point.
const rules = await bundled('src/core/rules/index.ts', 'rules');
const { unified } = await import('unified');
const { default: remarkParse } = await import('remark-parse');

// --- corpora -------------------------------------------------------------------------------------
const seeds = readdirSync(path.join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'));

const COMPANIES = ['Acme Robotics', 'Globex', 'Initech', 'Umbrella Health', 'Stark Industries', 'Wayne Logistics', 'Hooli'];
const VARIATIONS = [
  (t) => t,
  (t) => t.replace(/\r?\n/g, '\r\n'),
  (t) => t.replace(/^(\s*)[-•·]\s+/gm, '$1• '),
  (t) => t.replace(/^(\s*)[-•·]\s+/gm, '$1* '),
  (t, r) => t.replace(/TikTok|Tinder|Chime/g, () => COMPANIES[Math.floor(r() * COMPANIES.length)]),
  (t) => t.replace(/ · /g, ' 路 ').replace(/ (?=\d)/g, '\u00a0'),
  (t) => t.replace(/^ {2,}/gm, '\t'),
  (t, r) => t + '\n\n' + seeds[Math.floor(r() * seeds.length)],
];

function buildPlainCorpus() {
  const r = prng(42);
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const text = VARIATIONS[i % VARIATIONS.length](seeds[i % seeds.length], r);
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const BULLET = /^\s*(?:[-•·*▪–]|\d{1,2}[.)]|\([a-z]\))\s+/;

/** Rewrites a plain posting as Markdown: first line `#`, short title-like lines `##`, bullets `-`. */
function toMarkdown(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let titled = false;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const next = lines.slice(i + 1).find((l) => l.trim());
    if (!titled) {
      out.push(`# ${line}`, '');
      titled = true;
    } else if (BULLET.test(line)) {
      out.push(`- ${line.replace(BULLET, '')}`);
      if (!next || !BULLET.test(next.trim())) out.push('');
    } else if (line.length <= 50 && !/[.!?;,]$/.test(line) && next !== undefined) {
      out.push(`## ${line.replace(/:$/, '')}`, '');
    } else {
      out.push(line, '');
    }
  }
  return out.join('\n');
}

// --- timing --------------------------------------------------------------------------------------
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#.\-]*/gu;

function timeEach(postings, fn) {
  const latencies = new Array(postings.length);
  const t0 = performance.now();
  for (let i = 0; i < postings.length; i++) {
    const s = performance.now();
    fn(postings[i]);
    latencies[i] = performance.now() - s;
  }
  return { ms: performance.now() - t0, latencies };
}

function best(postings, fn) {
  globalThis.gc?.();
  let result = null;
  let spent = 0;
  // Rounds stop early once 15 s are spent, so a slow engine still gets a quick answer.
  for (let round = 0; round < ROUNDS && spent < 15000; round++) {
    const r = timeEach(postings, fn);
    spent += r.ms;
    if (!result || r.ms < result.ms) result = r;
  }
  return result;
}

/**
 * CPU time of `fn` and of its reference `ref` on the same postings, measured side by side: chunk
 * by chunk (50 postings), `fn` then `ref`, each chunk's fastest of the rounds kept and summed. On a
 * machine whose speed drifts from one second to the next (a shared VM), timing each over the whole
 * corpus in turn compares different machines; chunks seconds apart compare the same one.
 */
function paired(postings, fn, ref, chunk = 50) {
  const parts = [];
  for (let i = 0; i < postings.length; i += chunk) parts.push(postings.slice(i, i + chunk));
  const a = parts.map(() => Infinity);
  const b = parts.map(() => Infinity);
  let spent = 0;
  for (let round = 0; round < ROUNDS && spent < 30000; round++) {
    parts.forEach((part, k) => {
      const ta = cpuMs(() => part.forEach(fn));
      const tb = cpuMs(() => part.forEach(ref));
      spent += ta + tb;
      a[k] = Math.min(a[k], ta);
      b[k] = Math.min(b[k], tb);
    });
  }
  const sum = (xs) => xs.reduce((x, y) => x + y, 0);
  return { ms: sum(a), refMs: sum(b) };
}

let sink = 0;
const scanRegex = (text) => {
  WORD.lastIndex = 0;
  while (WORD.exec(text)) sink++;
};
const analyze = (format) => (text) => {
  sink += core.analyzePosting(text, { format }).skills.length;
};
const remark = unified().use(remarkParse);
const parseMarkdown = (text) => {
  sink += remark.parse(text).children.length;
};

const plain = buildPlainCorpus();
const markdown = plain.map(toMarkdown);
const bytesOf = (list) => list.reduce((n, t) => n + Buffer.byteLength(t), 0);
const plainBytes = bytesOf(plain);
const mdBytes = bytesOf(markdown);

// Warm-up: compile the glossary, let the JIT settle.
for (const t of plain.slice(0, 200)) analyze('text')(t);
for (const t of markdown.slice(0, 200)) {
  analyze('markdown')(t);
  parseMarkdown(t);
}
for (const t of plain.slice(0, 200)) scanRegex(t);

// Latencies per posting (wall clock, best round), then the rates and ratios from paired CPU times.
const engineText = best(plain, analyze('text'));
const regex = best(plain, scanRegex);
const engineMd = best(markdown, analyze('markdown'));
const remarkOnly = best(markdown, parseMarkdown);
const textPair = paired(plain, analyze('text'), scanRegex);
const mdPair = paired(markdown, analyze('markdown'), parseMarkdown);

const rate = (bytes, ms) => bytes / MB / (ms / 1000);
const f = (n, d = 1) => n.toFixed(d);
const textRate = rate(plainBytes, textPair.ms);
const regexRate = rate(plainBytes, textPair.refMs);
const mdRate = rate(mdBytes, mdPair.ms);
const remarkRate = rate(mdBytes, mdPair.refMs);
const mdCost = mdPair.ms / mdPair.refMs;

console.log(`corpus: ${plain.length} plain-text postings, ${f(plainBytes / MB, 2)} MB; ${markdown.length} Markdown postings, ${f(mdBytes / MB, 2)} MB (best of up to ${ROUNDS} rounds, 15 s each at most)`);
console.log('');
console.log(`  ${'run'.padEnd(28)} ${'MB/s'.padStart(8)} ${'total ms'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
const row = (name, r, bytes) =>
  console.log(`  ${name.padEnd(28)} ${f(rate(bytes, r.ms)).padStart(8)} ${f(r.ms, 0).padStart(10)} ${f(percentile(r.latencies, 0.5), 3).padStart(8)} ${f(percentile(r.latencies, 0.95), 3).padStart(8)}`);
row('engine, plain text', engineText, plainBytes);
row('single regex scan, plain', regex, plainBytes);
row('engine, Markdown', engineMd, mdBytes);
row('remark-parse alone, Markdown', remarkOnly, mdBytes);
console.log('');
console.log(`  side by side, CPU time (chunks of 50 postings, each chunk's fastest round): engine ${f(textRate)} MB/s, regex ${f(regexRate)} MB/s; Markdown engine ${f(mdRate)} MB/s, remark-parse ${f(remarkRate)} MB/s`);
console.log(`  engine / regex rate: 1/${f(regexRate / textRate)}   Markdown engine / remark-parse time: ${f(mdCost, 2)}×`);
console.log('');

const verdict = (ok, text) => console.log(`${ok ? 'PASS' : 'FAIL'} ${text}`);
verdict(textRate >= 10, `plain-text throughput ${f(textRate)} MB/s (target ≥ 10 MB/s)`);
verdict(textRate * 20 >= regexRate, `plain-text rate is 1/${f(regexRate / textRate)} of the single-regex scan (target ≥ 1/20)`);
verdict(mdCost <= 1.5, `Markdown costs ${f(mdCost, 2)}× remark-parse alone (target ≤ 1.5×; engine ${f(mdRate)} MB/s, remark-parse ${f(remarkRate)} MB/s)`);

// --- linearity: time of 10× the input / time of 1× ------------------------------------------------
const LINEAR_LIMIT = 15;
/**
 * Best (lowest) CPU time of `fn(input)` over up to 3 runs, stopping after ~4 s; with `reps`, each run
 * calls it that many times and the time is divided by them. CPU time, not wall time: on a loaded
 * machine a short run fits in one time slice while a long one is interleaved with other processes,
 * which would make any code look superlinear.
 */
function timeBest(fn, input, reps = 1) {
  let bestMs = Infinity;
  let spent = 0;
  for (let i = 0; i < 3 && spent < 4000; i++) {
    globalThis.gc?.();
    const ms = cpuMs(() => {
      for (let r = 0; r < reps; r++) fn(input);
    }) / reps;
    spent += ms;
    bestMs = Math.min(bestMs, ms);
  }
  return bestMs;
}
const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const glossary = core.builtInGlossary();
const glossaryYaml = (n) =>
  Array.from({ length: n }, (_, i) => `- id: e${i}\n  name: ${i % 2 ? `E${i}` : ''}\n  kind: tool\n  definition: A synthetic entry number ${i} for the parser.\n`).join('');
const seedsJoined = seeds.join('\n');
const lintDefaults = rules.parseConfig('', 'bench.yaml', rules.RULE_METAS).config;
const LINEAR = [
  { name: 'analyzePosting, one seed repeated', fn: (t) => core.analyzePosting(t), input: (n) => repeatTo(seeds[0], n), size: 500_000 },
  { name: 'extractSections, the seeds repeated', fn: (t) => core.extractSections(t), input: (n) => repeatTo(seedsJoined, n), size: 500_000 },
  { name: 'extractSections, one long line', fn: (t) => core.extractSections(t), input: (n) => repeatTo(seeds[1].replace(/\n/g, ' '), n), size: 200_000 },
  { name: 'extractSections, "a\\n" lines', fn: (t) => core.extractSections(t), input: (n) => repeatTo('a\n', n), size: 50_000 },
  // A negation before a term, then a word that never ends the list: the negation patterns once
  // backtracked for minutes on one such line (now linear, and each reads at most 120 characters).
  { name: 'analyzePosting, "no Python aaa…;" lines', fn: (t) => core.analyzePosting(t), input: (n) => repeatTo(`You must have: no Python ${'a'.repeat(100)};\n`, n), size: 50_000 },
  // A repeated item fixes its whole line: finding that line once walked back to the line's start
  // for every repeat (16 s for 580 kB on one line).
  {
    name: 'checkPosting, repeated items on one line',
    fn: (t) => rules.checkPosting(t, core.analyzePosting(t, { glossary }), { entries: glossary.entries, year: 2026, config: lintDefaults }),
    input: (n) => `Requirements: ${repeatTo('• Python experience required ', n)}`,
    size: 50_000,
  },
  { name: 'findMentions, plain prose', fn: (t) => core.findMentions(t, glossary), input: (n) => repeatTo('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n', n), size: 1_000_000 },
  ...['123 ', '1,000,', '$1 ', '5 years ', '.', 'a plus ', 'experience with ', 'x', 'BS/MS in ', 'Seoul, ', '| Skill | Years |\n| Go | 3+ |\n'].map((unit) => ({
    name: `extractRequirements, ${JSON.stringify(unit)} repeated`,
    fn: (t) => core.extractRequirements(t),
    input: (n) => repeatTo(unit, n),
    size: 100_000,
  })),
  { name: 'parseGlossary, synthetic entries', fn: (t) => core.parseGlossary(t, 'big.yaml'), input: (n) => glossaryYaml(Math.round(n / 80)), size: 64_000 },
];
console.log('');
console.log(`  ${'linearity (10× input / 1×), CPU time'.padEnd(52)} ${'1× ms'.padStart(8)} ${'10× ms'.padStart(9)} ${'ratio'.padStart(6)}`);
let worst = null;
for (const c of LINEAR) {
  c.fn(c.input(c.size)); // warm-up
  // The 1× input grows (up to 8×) until it takes ≥ 10 ms: shorter runs are mostly timer noise.
  let size = c.size;
  let a = timeBest(c.fn, c.input(size));
  while (a < 10 && size < c.size * 8) {
    size *= 2;
    a = timeBest(c.fn, c.input(size));
  }
  // Still under 10 ms (a fast finder on a small input): the 1× time is the mean of enough calls to
  // take 10 ms, or a few milliseconds of timer noise would decide the ratio.
  if (a < 10) a = timeBest(c.fn, c.input(size), Math.ceil(10 / Math.max(a, 0.1)));
  const b = timeBest(c.fn, c.input(size * 10));
  const ratio = b / a;
  console.log(`  ${`${c.name} (${f(size / 1000, 0)} kB)`.padEnd(52)} ${f(a, 1).padStart(8)} ${f(b, 1).padStart(9)} ${f(ratio, 1).padStart(6)}`);
  if (!worst || ratio > worst.ratio) worst = { name: c.name, ratio };
  if (ratio > LINEAR_LIMIT) verdict(false, `${c.name}: 10× the input took ${f(ratio, 1)}× as long (target ≤ ${LINEAR_LIMIT}×)`);
}
console.log('');
verdict(worst.ratio <= LINEAR_LIMIT, `linear time: 10× the input costs at most ${f(worst.ratio, 1)}× (${worst.name}; target ≤ ${LINEAR_LIMIT}× on ${LINEAR.length} inputs)`);
if (sink === -1) console.log('');
