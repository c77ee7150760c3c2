#!/usr/bin/env node
// Grammar tests on the real TextMate engine (vscode-textmate + vscode-oniguruma), run by node:test:
//   - every assertion file test/grammar/*.txt (see scripts/grammar/assertions.mjs for the format);
//   - the snapshots test/grammar/snapshots/<seed>.snap of the five seeds (UPDATE=1 rewrites them;
//     read the diff before committing it);
//   - the grammar lint and the freshness of the committed JSON.
// Usage: node scripts/test-grammar.mjs [filter]    (UPDATE=1 to rewrite snapshots)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRegistry, tokenize } from './grammar/engine.mjs';
import { checkAssertions, parseAssertions, renderSnapshot } from './grammar/assertions.mjs';
import { lintGrammars } from './lint-grammar.mjs';
import { buildGrammars } from './build-grammar.mjs';
import { atomsOf, factorAtoms } from './grammar/trie.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, 'test/grammar');
const filter = process.argv[2];
const registry = await createRegistry();
const grammars = new Map();
const grammar = async (scope) => {
  if (!grammars.has(scope)) grammars.set(scope, await registry.loadGrammar(scope));
  const g = grammars.get(scope);
  if (!g) throw new Error(`no grammar for ${scope}`);
  return g;
};

const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && (!filter || f.includes(filter))).sort();
for (const f of files) {
  test(`grammar: ${f}`, async () => {
    const parsed = parseAssertions(readFileSync(path.join(dir, f), 'utf8'), `test/grammar/${f}`);
    assert.ok(parsed.assertions.length > 0, `${f} has no assertions`);
    const failures = checkAssertions(parsed, tokenize(await grammar(parsed.scope), parsed.lines.join('\n')), `test/grammar/${f}`);
    assert.deepEqual(failures, []);
  });
}

const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
for (const seed of seeds) {
  if (filter && !seed.includes(filter) && filter !== 'snapshot') continue;
  test(`grammar snapshot: seeds/${seed}`, async () => {
    const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
    const actual = renderSnapshot(tokenize(await grammar('text.posting'), text), `seeds/${seed} tokenised with text.posting`);
    const file = path.join(dir, 'snapshots', seed.replace(/\.txt$/, '.snap'));
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      writeFileSync(file, actual);
      if (process.env.UPDATE !== '1') assert.fail(`wrote a new snapshot ${path.relative(root, file)}: read it, then run again`);
      return;
    }
    assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${path.relative(root, file)} changed; if intended, UPDATE=1 and review the diff`);
  });
}

if (!filter) {
  test('trie: the factored pattern matches exactly the spellings it was built from (on Oniguruma)', async () => {
    await createRegistry(); // loads the Oniguruma WASM
    const { OnigScanner, OnigString } = (await import('vscode-oniguruma')).default;
    const words = ['java', 'javascript', 'c', 'c++', 'c#', '.net', 'asp.net', 'ci/cd', 'ci', 'node.js', 'triton', 'triton inference server', 'r', 'rust', 'ray', 'ray serve', 'go', 'golang', 'a/b testing', 'pl/sql', 'f#'];
    for (let i = 0; i < 40; i++) words.push(`w${(i * 7919) % 97}x${i % 5}`);
    const scanner = new OnigScanner([`^(?:${factorAtoms(words.map((w) => atomsOf(w)))})$`]);
    const matches = (text) => {
      const s = new OnigString(text);
      try {
        return scanner.findNextMatchSync(s, 0) !== null;
      } finally {
        s.dispose();
      }
    };
    for (const w of words) assert.ok(matches(w), `factored pattern misses "${w}"`);
    assert.ok(matches('triton-inference  server'), 'spaces and hyphens are one separator');
    for (const w of ['jav', 'javas', 'c+', 'cd', 'net', 'tritoninference server', 'ray serv', 'w0x', 'gol']) assert.ok(!matches(w), `factored pattern accepts "${w}"`);
  });

  test('grammar lint: includes resolve, every rule is used, every pattern compiles', async () => {
    assert.deepEqual(await lintGrammars(), []);
  });

  test('grammar lint: reports unused rules, unresolved includes and broken patterns', async () => {
    const file = path.join(tmpdir(), `posting-lint-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({
      information_for_contributors: ['GENERATED'],
      scopeName: 'text.lint-fixture',
      patterns: [{ include: '#used' }, { include: '#missing' }, { include: 'source.nowhere' }],
      repository: { used: { match: '(unclosed' }, unused: { match: 'x' } },
    }));
    try {
      assert.deepEqual(await lintGrammars([file]), [
        `${file}: repository rule "unused" is never included`,
        `${file}/patterns/1: include "#missing" names no repository rule`,
        `${file}/patterns/2: include "source.nowhere" names an unknown grammar`,
        `${file}/repository/used/match: Oniguruma cannot compile it: end pattern with unmatched parenthesis`,
      ]);
    } finally {
      rmSync(file);
    }
  });

  test('grammar build: the committed JSON is what the sources and data give (deterministic)', async () => {
    const [a, b] = [await buildGrammars(), await buildGrammars()];
    assert.deepEqual(a.map((x) => x.json), b.map((x) => x.json), 'two builds differ');
    for (const { file, json } of a) assert.ok(readFileSync(path.join(root, file), 'utf8') === json, `${file} is stale: run node scripts/build-grammar.mjs`);
  });
}
