// The memo an editor keeps per document (analyzePosting's `memo` option) must never change a result:
// after any sequence of edits, the analysis with the memo equals a fresh analysis of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { analyzePosting, createAnalysisMemo } from '../../src/core/analyze.ts';
import { editedLines, textEdit } from '../../src/core/edit.ts';
import { builtInEntries, compileGlossary, findMentions, mergeGlossaries, parseGlossary } from '../../src/core/glossary/index.ts';

function postings(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
}
const seeds = postings(new URL('../../seeds/', import.meta.url));
const evalSet = postings(new URL('../fixtures/eval/', import.meta.url));
const corpus = postings(new URL('../fixtures/corpus/', import.meta.url));
const texts = [...seeds, ...corpus, ...evalSet];

/** Typed or pasted text: characters that start and end names, line breaks, a whole line of skills. */
const typed = fc.oneof(
  fc.constantFrom('x', ' ', '\n', '\n\n', '-', '.', '/', '#', '+', 'C', 'Go', 'Python', 'Kafka', ' and ', ', ', 'Requirements:\n', '5+ years of Rust', 'Nice to have\n- Flink', 'Hybrid\n', ' remote', "Bachelor's degree", '$150,000 - $180,000 per year', 'English'),
  fc.string({ maxLength: 6 }),
);
/** An edit at a relative place: replace `remove` characters there with `insert`. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(400)), insert: typed });
const apply = (text: string, e: { at: number; remove: number; insert: string }): string => {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
};

test('textEdit finds the one changed region; editedLines widens it to whole lines', () => {
  assert.equal(textEdit('abc', 'abc'), null);
  assert.deepEqual(textEdit('abc', 'abxc'), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(textEdit('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
  assert.deepEqual(textEdit('', 'ab'), { start: 0, oldEnd: 0, newEnd: 2 });
  const after = 'one\ntwo x\nthree';
  assert.deepEqual(editedLines(after, textEdit('one\ntwo\nthree', after)!), { start: 4, end: 9 });
  assert.deepEqual(editedLines('x', { start: 0, oldEnd: 0, newEnd: 1 }), { start: 0, end: 1 });
});

test('with the memo, every analysis after a sequence of edits equals a fresh analysis', () => {
  fc.assert(
    fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const memo = createAnalysisMemo();
      let text = start;
      analyzePosting(text, { memo });
      for (const e of edits) {
        text = apply(text, e);
        assert.deepEqual(analyzePosting(text, { memo }), analyzePosting(text));
      }
    }),
    { numRuns: 60 },
  );
});

test('the memo gives the same mentions as a fresh match on every fixture after typing at many places', () => {
  // Deterministic sweep: one character typed at 12 places of a quarter of the postings, then deleted again.
  for (const original of texts.filter((_, i) => i % 4 === 0)) {
    const memo = createAnalysisMemo();
    analyzePosting(original, { memo });
    for (let k = 1; k <= 12; k++) {
      const at = Math.floor((original.length * k) / 13);
      for (const ch of ['x', '\n']) {
        const edited = original.slice(0, at) + ch + original.slice(at);
        assert.deepEqual(analyzePosting(edited, { memo }).skills, analyzePosting(edited).skills, `typed ${JSON.stringify(ch)} at ${at}`);
      }
    }
    assert.deepEqual(analyzePosting(original, { memo }), analyzePosting(original));
  }
});

test('a memo made with one glossary is not reused with another', () => {
  const text = 'We use Zorbl and Kafka every day.\nNice to have: Zorbl.';
  const extra = parseGlossary('entries:\n  - id: zorbl\n    name: Zorbl\n    kind: tool\n    category: tools\n    definition: A made-up tool for testing the memo.\n', 'extra.yaml');
  assert.equal(extra.errors.length, 0, JSON.stringify(extra.errors));
  const custom = compileGlossary(mergeGlossaries(builtInEntries(), extra.entries));
  const memo = createAnalysisMemo();
  const plain = analyzePosting(text, { memo });
  assert.ok(!plain.skills.some((s) => s.id === 'zorbl'));
  const withExtra = analyzePosting(text, { memo, glossary: custom });
  assert.deepEqual(withExtra, analyzePosting(text, { glossary: custom }));
  assert.ok(withExtra.skills.some((s) => s.id === 'zorbl'));
  // And the matcher's memo alone, on a range query, is left alone.
  assert.deepEqual(findMentions(text, custom, { start: 0, end: 10 }, {}), findMentions(text, custom, { start: 0, end: 10 }));
});
