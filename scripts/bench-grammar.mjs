#!/usr/bin/env node
// Grammar benchmark: tokenises a ≥ 1 MB corpus built from seeds/ with the posting grammar (full
// glossary injected) and with VS Code's own Markdown grammar (tm-grammars' markdown.json), on the
// same engine (vscode-textmate + vscode-oniguruma) in the same run, and prints both throughputs and
// the ratio. Target: posting ≥ 2× Markdown. Exits 1 under the target with --assert.
//   node scripts/bench-grammar.mjs [--mb 1] [--runs 3] [--assert]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRegistry, INITIAL } from './grammar/engine.mjs';

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

/** Seconds to tokenise every line once, carrying the rule stack as the editor does. */
function time(grammar, lines) {
  const t0 = performance.now();
  let state = INITIAL;
  let tokens = 0;
  for (const l of lines) {
    const r = grammar.tokenizeLine2(l, state);
    state = r.ruleStack;
    tokens += r.tokens.length / 2;
  }
  return { seconds: (performance.now() - t0) / 1000, tokens };
}

async function main() {
  const mb = arg('--mb', 1);
  const runs = arg('--runs', 3);
  const { lines, bytes } = buildCorpus(mb);
  const registry = await createRegistry();
  const grammars = {
    posting: await registry.loadGrammar('text.posting'),
    markdown: await registry.loadGrammar('text.html.markdown'),
  };
  const grammarJson = JSON.parse(readFileSync(path.join(root, 'syntaxes/posting.tmLanguage.json'), 'utf8'));
  const names = grammarJson.repository.skills.patterns.length;
  console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${lines.length} lines from seeds/ (${runs} timed runs each, best kept; ${names} skill-kind rules)`);
  const best = {};
  for (const name of Object.keys(grammars)) time(grammars[name], lines.slice(0, 2000)); // warm-up (compile scanners)
  for (let r = 0; r < runs; r++) {
    for (const [name, g] of Object.entries(grammars)) {
      const t = time(g, lines);
      if (!best[name] || t.seconds < best[name].seconds) best[name] = t;
    }
  }
  const mbps = (name) => bytes / 1024 / 1024 / best[name].seconds;
  for (const name of Object.keys(grammars)) {
    console.log(`${name.padEnd(9)} ${mbps(name).toFixed(2).padStart(7)} MB/s  ${best[name].seconds.toFixed(3)} s  ${best[name].tokens} tokens`);
  }
  const ratio = mbps('posting') / mbps('markdown');
  console.log(`ratio: posting is ${ratio.toFixed(2)}× Markdown (target ≥ ${TARGET}×) ${ratio >= TARGET ? 'OK' : 'BELOW TARGET'}`);
  if (process.argv.includes('--assert') && ratio < TARGET) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
