#!/usr/bin/env node
// Grammar benchmark: tokenises a ≥ 1 MB corpus built from seeds/ with the posting grammar (full
// glossary injected) and with VS Code's own Markdown grammar (tm-grammars' markdown.json), on the
// same engine (vscode-textmate + vscode-oniguruma) in the same run, and prints both throughputs and
// the ratio. Target: posting ≥ 2× Markdown. Exits 1 under the target with --assert.
//   node scripts/bench-grammar.mjs [--mb 1] [--runs 3] [--assert]
//   node scripts/bench-grammar.mjs --profile [variant…]   where the time goes: the committed grammar
//     with one rule group removed at a time, each variant's throughput and its saving over the full one
// Prints PASS/FAIL lines for scripts/bench.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRegistry, INITIAL } from './grammar/engine.mjs';
import { buildGrammars } from './build-grammar.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const TARGET = 2;

/** The seeds repeated until the corpus reaches `mb` megabytes (UTF-8), as lines. */
export function buildCorpus(mb = 1) {
  const dir = path.join(root, 'seeds');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const lines = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024) {
    for (const s of seeds) {
      for (const l of s.split(/\r\n|\r|\n/)) {
        lines.push(l);
        bytes += Buffer.byteLength(l, 'utf8') + 1;
      }
    }
  }
  return { lines, bytes };
}

/**
 * CPU seconds to tokenise every line once with the binary API VS Code uses, carrying the rule stack
 * as the editor does. CPU time, not wall time, so other processes on the machine disturb it less.
 */
function time(grammar, lines) {
  const t0 = process.cpuUsage();
  let state = INITIAL;
  for (const l of lines) state = grammar.tokenizeLine2(l, state).ruleStack;
  const used = process.cpuUsage(t0);
  return { seconds: (used.user + used.system) / 1e6 };
}

/**
 * Variants of the generated grammar for --profile: each removes one group of rules (a removed rule
 * becomes an empty pattern list, so includes still resolve and nothing is added to the engine's
 * rule lists: a stand-in pattern such as `(?!)` would itself cost a try at every position), or
 * keeps only some. The `names-*` variants are floors: a grammar that does nothing but find the
 * glossary names (one rule, one scope, no kinds, phrases, headings or line rules).
 */
const NONE = () => ({ patterns: [] });
const PROFILE = {
  full: () => {},
  'no-term': (g) => (g.repository.term = NONE()),
  'no-glued-heading': (g) => (g.repository['glued-heading'] = NONE()),
  'no-link': (g) => (g.repository.link = NONE()),
  'no-glued-bullet': (g) => (g.repository['glued-bullet'] = NONE()),
  'no-skill-alone': (g) => (g.repository['skill-alone'] = NONE()),
  'no-list-marker': (g) => (g.repository['list-marker'] = NONE()),
  'no-heading-line': (g) => (g.repository['heading-line'] = NONE()),
  'no-title-line': (g) => (g.repository['title-line'] = NONE()),
  'no-debris': (g) => (g.repository.debris = NONE()),
  'no-line-rules': (g) => (g.repository.line.patterns = [{ include: '#body' }]),
  'terms-only': (g) => {
    g.repository.line.patterns = [{ include: '#body' }];
    g.repository.body.patterns = [{ include: '#term' }];
  },
  'line-rules-only': (g) => (g.repository.body.patterns = []),
  // Everything at the top level, line rules anchored with ^ instead of \G in a per-line context.
  flat: (g) => {
    const r = g.repository;
    for (const k of ['debris', 'heading-line', 'title-line', 'list-marker']) r[k].match = r[k].match.replace(/^\\G/, '^');
    for (const p of r['skill-alone'].patterns) p.match = p.match.replace(/^\\G/, '^');
    g.patterns = [...r.line.patterns.filter((p) => p.include !== '#body'), ...r.body.patterns];
  },
  // The inline rules alone at the top level: no line rules, no per-line contexts.
  'inline-flat': (g) => (g.patterns = [...g.repository.body.patterns]),
  // The grammar built with an empty glossary: the phrase rules, headings and debris only.
  'no-names': () => {},
  'top-term-only': (g) => (g.patterns = [{ include: '#term' }]),
  'top-never': (g) => (g.patterns = [{ match: '(?!)' }]),
  'structure-only': (g) => {
    g.repository.line.patterns = [{ include: '#body' }];
    g.repository.body.patterns = [];
  },
  // Floors: every glossary name and phrase stub in the one factored trie of the term rule, with the
  // term rule's boundaries; then only after a space, with a plain word end (the cheapest start).
  'names-only': (g, { names, frag }) => {
    g.patterns = [{ match: `${frag['skill-left']}(${names})${frag['skill-right']}`, captures: { 1: { name: 'variable.skill.posting' } } }];
    g.repository = {};
  },
  'names-after-space': (g, { names }) => {
    g.patterns = [{ match: `[ ](${names})(?![\\p{L}\\p{N}_])`, captures: { 1: { name: 'variable.skill.posting' } } }];
    g.repository = {};
  },
};

async function profile(lines, bytes, runs, names) {
  const base = JSON.parse(readFileSync(path.join(root, 'syntaxes/posting.tmLanguage.json'), 'utf8'));
  const picked = names.length ? names : Object.keys(PROFILE);
  const parts = picked.some((n) => n.startsWith('names-')) ? (await buildGrammars())[0].parts : null;
  const overrides = { 'text.empty': { scopeName: 'text.empty', patterns: [] } };
  for (const name of picked) {
    if (!PROFILE[name]) throw new Error(`unknown variant ${name}: ${Object.keys(PROFILE).join(', ')}`);
    const g = name === 'no-names' ? JSON.parse((await buildGrammars({ entries: [] }))[0].json) : structuredClone(base);
    g.scopeName = `text.posting.${name}`;
    PROFILE[name](g, parts);
    overrides[g.scopeName] = g;
  }
  const registry = await createRegistry(overrides);
  const grammars = { markdown: await registry.loadGrammar('text.html.markdown'), empty: await registry.loadGrammar('text.empty') };
  for (const name of picked) grammars[name] = await registry.loadGrammar(`text.posting.${name}`);
  for (const g of Object.values(grammars)) time(g, lines.slice(0, 2000));
  const best = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, g] of Object.entries(grammars)) {
      const t = time(g, lines);
      if (!best[name] || t.seconds < best[name].seconds) best[name] = t;
    }
  }
  const md = best.markdown.seconds;
  const full = best.full?.seconds;
  console.log(`profile: best of ${runs} interleaved runs, CPU time on ${(bytes / 1024 / 1024).toFixed(2)} MB; ratio = Markdown time / variant time`);
  for (const [name, t] of Object.entries(best)) {
    const saving = full !== undefined && !['markdown', 'empty', 'full'].includes(name) ? `  saves ${(((full - t.seconds) / full) * 100).toFixed(0).padStart(3)}%` : '';
    console.log(`${name.padEnd(18)} ${(bytes / 1024 / 1024 / t.seconds).toFixed(2).padStart(7)} MB/s  ${t.seconds.toFixed(3)} s  ${(md / t.seconds).toFixed(2)}×${saving}`);
  }
}

async function main() {
  const mb = arg('--mb', 1);
  const runs = arg('--runs', 5);
  const { lines, bytes } = buildCorpus(mb);
  const p = process.argv.indexOf('--profile');
  if (p >= 0) return profile(lines, bytes, runs, process.argv.slice(p + 1).filter((a) => !a.startsWith('--')));
  // The empty grammar is the engine's own cost per line (string conversion, token arrays): no
  // grammar can be faster than it, so it bounds the ratio any grammar can reach on this corpus.
  const registry = await createRegistry({ 'text.empty': { scopeName: 'text.empty', patterns: [] } });
  const grammars = {
    posting: await registry.loadGrammar('text.posting'),
    markdown: await registry.loadGrammar('text.html.markdown'),
    empty: await registry.loadGrammar('text.empty'),
  };
  const grammarJson = JSON.parse(readFileSync(path.join(root, 'syntaxes/posting.tmLanguage.json'), 'utf8'));
  const t0 = performance.now();
  time(grammars.posting, lines.slice(0, 2)); // first lines: the engine compiles the patterns
  const compileMs = performance.now() - t0;
  for (const name of Object.keys(grammars)) time(grammars[name], lines.slice(0, 2000)); // warm-up
  console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${lines.length} lines from seeds/; posting grammar ${(JSON.stringify(grammarJson).length / 1024).toFixed(0)} KB, first line (pattern compile) ${compileMs.toFixed(0)} ms; best of ${runs} interleaved runs, CPU time`);
  const best = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, g] of Object.entries(grammars)) {
      const t = time(g, lines);
      if (!best[name] || t.seconds < best[name].seconds) best[name] = t;
    }
  }
  const mbps = (name) => bytes / 1024 / 1024 / best[name].seconds;
  for (const name of Object.keys(grammars)) {
    console.log(`${name.padEnd(9)} ${mbps(name).toFixed(2).padStart(7)} MB/s  ${best[name].seconds.toFixed(3)} s`);
  }
  const ratio = mbps('posting') / mbps('markdown');
  const ceiling = mbps('empty') / mbps('markdown');
  console.log(`ceiling: an empty grammar is ${ceiling.toFixed(2)}× Markdown on this corpus (no grammar can beat it)`);
  console.log(`${ratio >= TARGET ? 'PASS' : 'FAIL'} grammar throughput: posting ${ratio.toFixed(2)}× Markdown (target ≥ ${TARGET}×)`);
  if (process.argv.includes('--assert') && ratio < TARGET) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
