import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foreignSignals } from '../../src/core/foreign.ts';
import { asciiWordsIn, compileAsciiWords } from '../../src/core/ascii-words.ts';

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
