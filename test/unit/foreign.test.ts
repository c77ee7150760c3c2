import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { foreignSignals } from '../../src/core/foreign.ts';
import { asciiWordsIn, compileAsciiWords, registeredWordsByParagraph, registerWord } from '../../src/core/ascii-words.ts';

// The other-language gate skips its regex when a one-pass check says no alternative can match.
// That check must never say no where the regex would say yes: each alternative, in any case and
// inside a word, still sets its signal.

const EXPERIENCE = ['erfahrung', 'berufspraxis', 'experiencia', 'expérience', 'ervaring', 'experiência', 'atuação', 'vivência', 'esperienz', 'doświadcz', 'erfarenhet', 'pengalaman', 'deneyim', 'tecrübe', 'kinh nghiệm'];
const PREFERRED = ['deseable', 'valorará', 'souhait', 'appréci', 'idéalement', 'préférence', 'wünschenswert', 'desejáve', 'mile widziane', 'gärna', 'een pré', 'pluspunt'];

test('foreign signals: every alternative is found in lower, upper and title case', () => {
  type Signal = keyof ReturnType<typeof foreignSignals>;
  const pair = (word: string, signal: Signal): [string, Signal] => [word, signal];
  const cases = [...EXPERIENCE.map((w) => pair(w, 'experience')), ...PREFERRED.map((w) => pair(w, 'preferredCues')), pair('年以上', 'cjkYears'), pair('이상', 'cjkYears')];
  for (const [word, signal] of cases) {
    for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
      const found = foreignSignals(`Requirements: 5 years of ${form}ly work.`);
      assert.equal(found[signal], true, `${form} → ${signal}`);
    }
  }
  assert.deepEqual(foreignSignals('5+ years of experience with Python; résumé welcome. Ideally a plus.'), { experience: false, preferredCues: false, cjkYears: false });
});

test('ascii words: one pass finds what lower-cased substring searches find', () => {
  const words = ['kelvin', 'ai', 'ia', 'remote work', 'e-mail'];
  const automaton = compileAsciiWords(words);
  for (const text of ['\u212aELVIN', '\u0130A', 'AI', 'REMOTE WORK', 'remote\u00a0work', 'E-Mail', 'e\u2011mail', '']) {
    const found = asciiWordsIn(automaton, text);
    assert.deepEqual([...found].map(Boolean), words.map((w) => text.toLowerCase().includes(w)), JSON.stringify(text));
  }
  assert.throws(() => compileAsciiWords(['Upper']), /lower-case ASCII/);
  assert.throws(() => compileAsciiWords(['café']), /lower-case ASCII/);
});

test('ascii words: non-ASCII characters are found as written, after the words', () => {
  const automaton = compileAsciiWords(['visa'], ['é', 'É', '年']);
  assert.deepEqual([...asciiWordsIn(automaton, 'Résumé and VISA', 4)], [1, 1, 0, 0]);
  assert.deepEqual([...asciiWordsIn(automaton, 'ÉTÉ 3年以上', 4)], [0, 0, 1, 1]);
  assert.throws(() => compileAsciiWords([], ['e']), /non-ASCII/);
  assert.throws(() => compileAsciiWords([], ['\u212a']), /non-ASCII/);
});

test('after an edit, the paragraphs the last text had at the same place keep their words; the result equals a fresh scan', () => {
  registerWord('kafka');
  const seeds = ['000', '001', '002'].map((n) => readdirSync(new URL('../../seeds/', import.meta.url)).find((f) => f.startsWith(n))!);
  const base = seeds.map((f) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8')).join('\n\n');
  const fresh = (text: string) => {
    registeredWordsByParagraph('');
    return registeredWordsByParagraph(text);
  };
  const edits = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(40), insert: fc.constantFrom('x', '\n', '\n\n', ' kafka', 'Kafka\n\n', '  \n', '') });
  fc.assert(
    fc.property(fc.array(edits, { minLength: 1, maxLength: 4 }), (list) => {
      let text = base;
      registeredWordsByParagraph(text);
      for (const e of list) {
        const at = Math.floor(e.at * text.length);
        const before = registeredWordsByParagraph(text);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        const after = registeredWordsByParagraph(text);
        const expected = fresh(text);
        assert.deepEqual(after, expected);
        // Paragraphs away from the edit are the very arrays of the previous text (not scanned again).
        if (at > before.paragraphs[0]!.end) assert.equal(after.words[0], before.words[0]);
        registeredWordsByParagraph(text);
      }
    }),
    { numRuns: 40 },
  );
});

test('an edit at either end of a paragraph that keeps its extent is still scanned again', () => {
  registerWord('kafka');
  const text = 'Intro paragraph here.\n\nWe use Flink daily.\n\nClosing words.';
  const fresh = (t: string) => {
    registeredWordsByParagraph('');
    return registeredWordsByParagraph(t);
  };
  const key = registerWord('kafka');
  for (const [at, edited] of [
    [text.indexOf('Flink'), text.replace('We use Flink', 'We use Kafka')],
    [text.indexOf('daily.'), text.replace('daily', 'kafka')],
    [text.indexOf('We'), text.replace('We use', 'Kafka ')],
  ] as const) {
    registeredWordsByParagraph(text);
    const after = registeredWordsByParagraph(edited);
    assert.ok(at > 0);
    assert.equal(after.words[1]![key], 1, edited);
    assert.deepEqual(after, fresh(edited));
  }
});
