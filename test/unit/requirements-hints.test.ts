import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext, hint, matchesIn, type Hint } from '../../src/core/requirements/context.ts';
import { createGenerations } from '../../src/core/generations.ts';

/** Does the hint let its finder search `text` (a text of one paragraph)? */
const lets = (h: Hint, text: string): boolean => [...matchesIn(createContext(text), /[^]+/g, h)].length > 0;
import { extractRequirements } from '../../src/core/requirements/index.ts';

// The finders skip a whole-text regex pass when the posting lacks every word its matches need.
// A hint that is too narrow would silently drop requirements: each statement below is the only one
// of its kind in its posting, written in the spellings a hint could miss (capitals, symbols,
// abbreviations), and must still be found.

test('hint: words are literal, case-insensitive alternatives', () => {
  const h = hint('ph.d', 'c++', 'wfh');
  assert.equal(lets(h, 'Requires a PH.D'), true);
  assert.equal(lets(h, 'phxd'), false);
  assert.equal(lets(h, 'C++ and WFH'), true);
  const ctx = createContext('Nothing about it here.');
  // A paragraph without a hint word is not searched; without a hint, every paragraph is.
  assert.deepEqual([...matchesIn(ctx, /\w+/g, hint('remote'))], []);
  assert.deepEqual([...matchesIn(ctx, /\bhere\b/g, hint('here'))].map((m) => m.index), ['Nothing about it '.length]);
  assert.equal([...matchesIn(ctx, /\w+/g, null)].length, 4);
});

test('matches come one at a time, in order, even when the caller runs the same regex between two of them', () => {
  const re = /\bdegree\b/gi;
  const text = 'A degree in CS. Or a degree in maths.\nA Degree in physics.\n\nNo degree needed.';
  const seen: number[] = [];
  for (const m of matchesIn(createContext(text), re)) {
    seen.push(m.index);
    assert.equal(m.input, text);
    // What a finder may do with each match: read its sentence with the same regex, which leaves
    // the regex's lastIndex wherever that search ended.
    re.lastIndex = 0;
    re.exec('Our degree');
  }
  assert.deepEqual(seen, [2, 21, 40, 63]);
  // A caller that stops early leaves the regex ready for a search from the start.
  for (const m of matchesIn(createContext(text), re)) if (m.index > 10) break;
  assert.equal(re.lastIndex, 0);
});

test('each finder still finds a lone statement behind its hint', () => {
  const req = (text: string) => extractRequirements(text);
  assert.equal(req('Ideally 5+ YRS building data pipelines.').experience[0]?.minYears, 5);
  assert.equal(req('3 YOE in backend work.').experience[0]?.minYears, 3);
  assert.deepEqual(req('PhD in Physics.').degrees.map((d) => d.degree), ['doctorate']);
  assert.deepEqual(req('Ph. D preferred.').degrees.map((d) => d.degree), ['doctorate']);
  assert.deepEqual(req('An MBA is a plus.').degrees.map((d) => d.degree), ['master']);
  assert.deepEqual(req('HIGH SCHOOL DIPLOMA OR GED.').degrees.map((d) => d.degree), ['high-school']);
  assert.deepEqual(req('Open to new grads.').degrees.map((d) => d.degree), []); // a bachelor's in progress needs a university
  assert.deepEqual(req('New grads from a university are welcome.').degrees.map((d) => d.degree), ['bachelor']);
  assert.equal(req('This role is fully REMOTE.').workMode?.value, 'remote');
  assert.equal(req('WFH allowed.').workMode?.value, 'remote');
  assert.equal(req('3 days a week in office.').workMode?.value, 'hybrid');
  assert.equal(req('This job is on-site.').workMode?.value, 'onsite');
  assert.deepEqual(req('We do not offer H-1B sponsorship.').workAuthorization.map((w) => w.value.sponsorship), [false]);
  assert.deepEqual(req('Pay: 90.000 EUR per year.').compensation.map((p) => [p.value.min, p.value.currency]), [[90000, 'EUR']]);
  assert.deepEqual(req('Pay: ₹1,800,000 per year.').compensation.map((p) => p.value.currency), ['INR']);
  // Indian grouping: lakh and crore.
  assert.deepEqual(req('CTC: ₹18,00,000 - ₹25,00,000 per annum.').compensation.map((p) => [p.value.min, p.value.max, p.value.currency, p.value.period]), [[1_800_000, 2_500_000, 'INR', 'year']]);
  assert.deepEqual(req('Salary: INR 1,20,00,000 per year.').compensation.map((p) => p.value.min), [12_000_000]);
  assert.equal(req('This is a summer internship.').seniority?.value, 'intern');
  assert.equal(req('We are SEEKING a senior engineer to lead data.').seniority?.value, 'senior');
});

test('hint words: one scan of the posting answers exactly what a lower-cased substring search would', () => {
  const words = ['remote', 'home', 'visa', 'sponsor', 'kotlin', 'ai', 'ia', 'office', '1b'];
  for (const w of words) hint(w); // registered as the finders register theirs
  const texts = [
    'Work from HOME or the Office.',
    'We sponsor visas (H-1B).',
    'remo\u00e9te', // a non-ASCII letter ends a word in progress
    'KOTLIN with a Kelvin sign: \u212aotlin',
    '\u0130A and AI', // "İ" lower-cases to "i" + a combining dot
    'spon\u0130sor',
    'remremote',
    '',
  ];
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (const w of [...words, 'not-registered-\u00e9', 'a']) assert.equal(lets(hint(w), text), lower.includes(w), `${JSON.stringify(text)} / ${w}`);
  }
  // Overlapping and nested words: "sponsor" and "on" and "so".
  hint('on', 'so', 'ns');
  assert.deepEqual(['on', 'so', 'ns', 'sponsor', 'visa'].map((w) => lets(hint(w), 'SPONSOR')), [true, true, true, true, false]);
});

test('finders read paragraph by paragraph: no match, and no look-ahead, crosses a blank line', () => {
  // "Hybrid" over a blank line and "Apply for this job": the look-ahead that keeps "hybrid apps" out
  // must not see "Apply" in the next paragraph.
  const header = extractRequirements('Engineering · Copenhagen · Hybrid\n\nApply for this job\n\nWe build apps.');
  assert.deepEqual(header.workMode && [header.workMode.value, header.workMode.span.start], ['hybrid', 'Engineering · Copenhagen · '.length]);
  assert.equal(extractRequirements('We build hybrid apps for banks.').workMode, null);
  // A number and its unit in two paragraphs are not one statement.
  assert.deepEqual(extractRequirements('Requirements:\n- 5+\n\nyears of experience with Go').experience, []);
  assert.equal(extractRequirements('Requirements:\n- 5+ years\n  of experience with Go').experience[0]?.minYears, 5);
});

test('matchesIn: the same matches with the finder memo, and an edit searches only its paragraph again', () => {
  const re = /\b(\d+)\+?\s+years\b/g;
  const hints = hint('years');
  const found = (ctx: ReturnType<typeof createContext>) => [...matchesIn(ctx, re, hints)].map((m) => [m.index, m[0], m[1]]);
  const text = 'Intro.\n\nRequirements\n- 5+ years of Go\n- 2 years of Rust\n\nNo numbers here.\n\n3 years in a row';
  const plain = found(createContext(text));
  assert.deepEqual(plain, [[text.indexOf('5+'), '5+ years', '5'], [text.indexOf('2 years'), '2 years', '2'], [text.indexOf('3 years'), '3 years', '3']]);
  const memo = createGenerations<string, Map<RegExp, RegExpExecArray[]>>();
  assert.deepEqual(found(createContext(text, [], { memo })), plain);
  const kept = memo.current.get('3 years in a row');
  assert.ok(kept?.get(re));
  // Edit the first paragraph: offsets move, the untouched paragraphs' matches are the same objects.
  const edited = 'Intro, longer.' + text.slice('Intro.'.length);
  assert.deepEqual(found(createContext(edited, [], { memo })), found(createContext(edited)));
  assert.equal(memo.current.get('3 years in a row'), kept);
  // What the last analysis did not use is dropped.
  found(createContext('Only 7 years.', [], { memo }));
  assert.deepEqual([...memo.current.keys()], ['Only 7 years.']);
  found(createContext('Only 7 years.', [], { memo }));
  assert.equal(memo.previous.has('3 years in a row'), false);
});
