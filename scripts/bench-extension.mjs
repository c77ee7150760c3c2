#!/usr/bin/env node
// Extension benchmark (run by `npm run bench`, not a test). The extension's analysis path is bundled
// by esbuild like dist/extension.cjs (src/core + the extension's pure describe.ts) and timed outside
// VS Code, without stubs:
//   activation   compiling dist/extension.cjs in a fresh process (vm.Script, no stubs) plus the real
//                activate() time from the last integration run (.bench/extension-host.json); the
//                lazily loaded engine and the built-in glossary are timed and reported separately
//   hover p95    over every mention of seed 000: find the mention under the cursor in the cached
//                analysis and build the hover Markdown (what the hover provider does per request)
//   re-analysis  a 100 KB posting made of the seeds, analysed again after each character typed at
//                15 places, with the per-document memo the extension keeps (an edit re-reads only
//                the lines it touched where the engine can; CPU time, median once the engine is
//                warm); a full analysis of the same text without the memo is reported beside it
// Targets: activation ≤ 50 ms, hover p95 ≤ 5 ms, re-analysis ≤ 20 ms; printed as PASS/FAIL lines.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpuMs, median, percentile } from './lib/timing.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, '.bench');
const TARGETS = { activation: 50, hoverP95: 5, reanalysis: 20 };

spawnSync(process.execPath, [path.join(root, 'scripts/build-data.mjs')], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const entry = path.join(out, 'extension-path.ts');
writeFileSync(
  entry,
  [
    `export { analyzePosting, createAnalysisMemo } from '../src/core/analyze.ts';`,
    `export { builtInGlossary } from '../src/core/glossary/index.ts';`,
    `export { describeMention, mentionAt } from '../src/extension/describe.ts';`,
  ].join('\n'),
);
const bundle = path.join(out, 'extension-path.cjs');
await build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, logLevel: 'warning' });

const seeds = readdirSync(path.join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8'));

const ms = (x) => `${x.toFixed(2)} ms`;
const verdict = (name, value, target) => console.log(`${value <= target ? 'PASS' : 'FAIL'} ${name}: ${ms(value)} (target ≤ ${target} ms)`);

// --- activation ------------------------------------------------------------------------------------
// activate() only registers providers; the engine (src/core, the glossary data) is imported lazily
// right after it. So activation = compiling dist/extension.cjs (what require() does before running
// it; measured here with vm.Script in a fresh process, no stubs) + activate() itself (measured in the
// real extension host by the last integration run). Loading the engine and building the built-in
// glossary happen after activation, before the first analysis: reported, not part of the target.
// The bundle that ships: built as the package builds it (minified).
const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--only', 'extension'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const extensionBundle = path.join(root, 'dist/extension.cjs');
const probe = `
  const vm = require('node:vm');
  const code = require('node:fs').readFileSync(${JSON.stringify(extensionBundle)}, 'utf8');
  let t = performance.now();
  new vm.Script(code, { filename: 'extension.cjs' });
  const compile = performance.now() - t;
  t = performance.now();
  const m = require(${JSON.stringify(bundle)});
  const engine = performance.now() - t;
  t = performance.now();
  m.builtInGlossary();
  const glossary = performance.now() - t;
  t = performance.now();
  m.analyzePosting(${JSON.stringify(seeds[0])});
  console.log(JSON.stringify({ compile, engine, glossary, firstAnalysis: performance.now() - t }));`;
const runs = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  runs.push(JSON.parse(r.stdout));
}
const compile = median(runs.map((r) => r.compile));
console.log(
  `fresh process, median of 5: compile dist/extension.cjs ${ms(compile)}; after activation: load the engine ${ms(median(runs.map((r) => r.engine)))}, ` +
    `build the built-in glossary ${ms(median(runs.map((r) => r.glossary)))}, first analysis of seed 000 ${ms(median(runs.map((r) => r.firstAnalysis)))}`,
);
// activate() itself is timed in the real extension host by the integration run; timings older than
// the sources they would stand for say nothing about them.
const host = path.join(out, 'extension-host.json');
const newestSource = Math.max(...readdirSync(path.join(root, 'src/extension'), { recursive: true }).map((f) => statSync(path.join(root, 'src/extension', String(f))).mtimeMs));
const h = existsSync(host) ? JSON.parse(readFileSync(host, 'utf8')) : null;
if (h && Date.parse(h.when) >= newestSource) {
  console.log(
    `extension host (integration run ${h.when}, VS Code ${h.vscode}): activate() ${ms(h.activationMs)}; hover p95 through VS Code's command round trip ${ms(h.hoverP95Ms)} over ${h.hovers} hovers; re-analysis of ${h.size} chars after an edit ${ms(h.reanalysisMs)}`,
  );
  verdict('activation (compile the bundle + activate())', compile + h.activationMs, TARGETS.activation);
} else {
  console.log(`SKIP activation: ${h ? 'the extension host timings predate the extension sources' : 'no extension host timings'}; run npm run test:integration (it writes .bench/extension-host.json)`);
}

// --- hover p95 on seed 000 -----------------------------------------------------------------------
const m = createRequire(import.meta.url)(bundle);
const g = m.builtInGlossary();
const analysis = m.analyzePosting(seeds[0]);
const mentions = analysis.skills.flatMap((s) => s.mentions).sort((a, b) => a.span.start - b.span.start);
const skills = new Map(analysis.skills.map((s) => [s.id, s]));
const hover = (offset) => {
  const mention = m.mentionAt(mentions, offset);
  return mention ? m.describeMention(g.entries.get(mention.skillId), skills.get(mention.skillId), mention) : undefined;
};
for (let i = 0; i < 200; i++) for (const x of mentions) hover(x.span.start + 1); // warm-up
const times = [];
for (let round = 0; round < 20; round++) {
  for (const x of mentions) {
    const t0 = performance.now();
    if (!hover(x.span.start + 1)) throw new Error('no hover on a mention');
    times.push(performance.now() - t0);
  }
}
console.log(`hover: ${times.length} requests over ${mentions.length} mentions, p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`);
verdict('hover p95 on seed 000', percentile(times, 0.95), TARGETS.hoverP95);

// --- re-analysis after a one-character edit in a 100 KB posting ------------------------------------
let big = '';
for (let i = 0; big.length < 100_000; i++) big += seeds[i % seeds.length] + '\n\n';
const editAt = (i, n) => {
  const at = Math.floor((big.length * ((i % n) + 1)) / (n + 1));
  return big.slice(0, at) + 'x' + big.slice(at);
};
// Without the memo: every analysis reads the whole text (what the CLI does, and the reference).
// The first edits after opening the posting still run while V8 optimises the engine: reported.
const cold = [];
for (let i = 0; i < 3; i++) cold.push(cpuMs(() => m.analyzePosting(editAt(i, 3))));
for (let i = 0; i < 20; i++) m.analyzePosting(editAt(i, 20));
const full = [];
for (let i = 0; i < 15; i++) full.push(cpuMs(() => m.analyzePosting(editAt(i, 15))));
console.log(
  `re-analysis of ${big.length} chars, whole text each time, CPU time: median ${ms(median(full))} (min ${ms(Math.min(...full))}, max ${ms(Math.max(...full))}); first 3 edits after opening ${cold.map(ms).join(', ')}`,
);
// As the editor does it: one memo per document, so an edit re-reads only what it touched. A person
// types a word at each of 15 places of the posting; the posting is analysed after every character
// (the worst case of the 150 ms debounce); the first 20 analyses warm the engine, the rest are timed.
const word = 'Kafka ';
let typed = big;
const memo = m.createAnalysisMemo();
m.analyzePosting(typed, { memo });
const edits = [];
let analyses = 0;
for (let place = 0; place < 15; place++) {
  let at = Math.floor((typed.length * (place + 1)) / 16);
  for (const ch of word) {
    typed = typed.slice(0, at) + ch + typed.slice(at);
    at++;
    const t = cpuMs(() => m.analyzePosting(typed, { memo }));
    if (analyses++ >= 20) edits.push(t);
  }
}
console.log(`re-analysis while typing (the editor's memo): ${edits.length} one-character edits timed, median ${ms(median(edits))} (min ${ms(Math.min(...edits))}, max ${ms(Math.max(...edits))})`);
verdict('re-analysis after a one-character edit (100 KB, while typing)', median(edits), TARGETS.reanalysis);
