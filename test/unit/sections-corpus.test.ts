import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractSections } from '../../src/core/sections/index.ts';
import { outline, score, type Expected } from '../fixtures/sections/outline.ts';

const dir = path.join(import.meta.dirname, '../fixtures/corpus');
const cases = readdirSync(dir).sort();

test('the corpus has at least 12 postings', () => {
  assert.ok(cases.length >= 12, `${cases.length} postings`);
});

let matched = 0;
let expectedCount = 0;
let actualCount = 0;
const meta = { right: 0, total: 0 };

for (const name of cases) {
  test(`corpus: ${name}`, (t) => {
    const file = readdirSync(path.join(dir, name)).find((f) => f.startsWith('input.'))!;
    const text = readFileSync(path.join(dir, name, file), 'utf8');
    const result = extractSections(text, { fileName: file });
    const expectedFile = path.join(dir, name, 'expected.json');
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const s = score(text, result.sections, expected.sections);
    matched += s.matched;
    expectedCount += s.expected;
    actualCount += s.actual;
    for (const k of ['title', 'company'] as const) {
      meta.total++;
      if (result[k] === expected[k]) meta.right++;
      else t.diagnostic(`${k}: got ${JSON.stringify(result[k])}, expected ${JSON.stringify(expected[k])}`);
    }
    if (s.misses.length) t.diagnostic(`${s.matched}/${s.expected} (actual ${s.actual})\n${s.misses.join('\n')}\n--- actual:\n${outline(text, result.sections).join('\n')}`);
    assert.equal(result.format, expected.format);
    // Each posting on its own must be mostly right; the corpus as a whole is held to 90 % below.
    assert.ok(s.matched / Math.max(s.expected, s.actual) >= 0.6, s.misses.join('\n'));
    if (process.env.UPDATE_OUTLINE) writeFileSync(path.join(dir, name, 'actual.txt'), outline(text, result.sections).join('\n') + '\n');
  });
}

test('corpus: at least 90 % of section starts and kinds right', (t) => {
  const recall = matched / expectedCount;
  const precision = matched / actualCount;
  t.diagnostic(`sections: ${matched} of ${expectedCount} expected right (${(recall * 100).toFixed(1)} %), ${actualCount} found (precision ${(precision * 100).toFixed(1)} %); title/company ${meta.right}/${meta.total}`);
  assert.ok(recall >= 0.9, `recall ${recall}`);
  assert.ok(precision >= 0.9, `precision ${precision}`);
  assert.ok(meta.right / meta.total >= 0.85, `title/company ${meta.right}/${meta.total}`);
});
