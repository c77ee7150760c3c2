import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { builtInGlossary, compileGlossary, findMentions, parseGlossary } from '../../src/core/glossary/index.ts';
import type { RawMention } from '../../src/core/glossary/index.ts';

const fixture = compileGlossary(parseGlossary(readFileSync(new URL('../fixtures/glossary/tech.yaml', import.meta.url), 'utf8'), 'tech.yaml').entries);

/** Text made of glossary names, near misses, separators and arbitrary characters. */
const pieces = fc.constantFrom(
  'C', 'C++', 'C#', '.NET', 'Go', 'go', 'R', 'R&D', 'Ray', 'Ray Serve', 'Spark', 'spark', 'Triton', 'Inference', 'Server',
  'Python', 'JavaScript', 'Java', 'Node.js', 'CI/CD', 'A/B testing', 'LLMs', "Kubernetes'", 'GPU', 'kernels', 'serving',
  ' ', '  ', '\u00a0', '\n', '\r\n', '\t', '/', ',', ', and ', '(', ')', '.', '-', '- ', '• ', '\u00ad', '\u200b', '路', '’s', '熟悉', '😄', '\ud800',
);
const texts = fc.array(fc.oneof({ weight: 4, arbitrary: pieces }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 60 }).map((a) => a.join(''));

function assertWellFormed(text: string, mentions: RawMention[], lo = 0, hi = text.length): void {
  let last = lo;
  for (const m of mentions) {
    assert.ok(m.span.start >= last, `sorted and non-overlapping at ${m.span.start}`);
    assert.ok(m.span.end > m.span.start && m.span.end <= hi, `in range: ${JSON.stringify(m.span)}`);
    assert.equal(m.text, text.slice(m.span.start, m.span.end));
    last = m.span.end;
  }
}

test('findMentions never throws; spans are in range, sorted, non-overlapping and match the text', () => {
  for (const glossary of [fixture, builtInGlossary()]) {
    fc.assert(
      fc.property(texts, (text) => {
        assertWellFormed(text, findMentions(text, glossary));
      }),
      { numRuns: 400 },
    );
  }
});

test('a range returns exactly the mentions of the whole text that lie inside it', () => {
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const lo = Math.min(a, b) % (text.length + 1);
      const hi = Math.max(lo, Math.max(a, b) % (text.length + 1));
      const inRange = findMentions(text, fixture, { start: lo, end: hi });
      assertWellFormed(text, inRange, lo, hi);
      const whole = findMentions(text, fixture).filter((m) => m.span.start >= lo && m.span.end <= hi);
      assert.deepEqual(inRange, whole);
    }),
    { numRuns: 300 },
  );
});

test('out-of-range and inverted ranges are clamped, not errors', () => {
  assert.deepEqual(findMentions('Python', fixture, { start: -5, end: 99 }).map((m) => m.entryId), ['python']);
  assert.deepEqual(findMentions('Python', fixture, { start: 4, end: 2 }), []);
  assert.deepEqual(findMentions('', fixture), []);
});

// Speed (matcher throughput, linear time) is measured by `npm run bench`, never by a timed test.
test('2 MB of prose that names nothing yields no mentions', () => {
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n';
  assert.deepEqual(findMentions(line.repeat(Math.ceil(2_000_000 / line.length)), builtInGlossary()), []);
});

test('a glossary of 2,000 synthetic aliases compiles and matches its own names', () => {
  const words = ['data', 'stream', 'cloud', 'graph', 'neural', 'vector', 'query', 'flow', 'lake', 'mesh', 'edge', 'quantum', 'byte', 'pixel', 'node', 'hub', 'lab', 'ops', 'forge', 'pilot'];
  const entries = Array.from({ length: 1000 }, (_, i) => {
    const [a, b, n] = [words[i % 20]!, words[Math.floor(i / 20) % 20]!, Math.floor(i / 400)];
    const name = `${a[0]!.toUpperCase()}${a.slice(1)}${b}${n || ''}`;
    return {
      id: `e${i}`,
      name,
      aliases: [
        { text: name, caseSensitive: false, ambiguous: false },
        { text: `${a} ${b} ${n} engine`, caseSensitive: i % 3 === 0, ambiguous: i % 7 === 0 },
      ],
      category: 'test',
      kind: 'tool' as const,
      definition: 'A synthetic entry for the compile benchmark.',
      related: [],
      context: { note: 'n', positive: [`${b} platform`, 'cluster'], negative: ['weather'] },
    };
  });
  const glossary = compileGlossary(entries);
  assert.deepEqual(findMentions('We run Datastream on the data stream 0 engine.', glossary).map((m) => m.entryId), ['e20', 'e20']);
});
