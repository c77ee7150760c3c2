import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLanguages } from '../../src/core/requirements/languages.ts';
import { findWorkAuthorization } from '../../src/core/requirements/authorization.ts';
import { createContext } from '../../src/core/requirements/context.ts';
import { sectionsOf } from './requirements-sections.ts';

const langs = (text: string, sections = sectionsOf(text, [])) => findLanguages(createContext(text, sections)).map((l) => [l.language, l.level]);

test('spoken languages asked of the candidate', () => {
  for (const [text, language] of [
    ['English communication skills, with the ability to lead', 'English'],
    ['Fluent in Mandarin', 'Mandarin'],
    ['Fluency in English and Japanese', 'Japanese'],
    ['Business-level Japanese', 'Japanese'],
    ['Excellent written and verbal English', 'English'],
    ['Native Korean speaker', 'Korean'],
    ['Spanish (written and spoken)', 'Spanish'],
    ['Languages: English', 'English'],
    ['German language skills are a must', 'German'],
    ['Proficiency in French', 'French'],
    ['Able to communicate effectively in English', 'English'],
    ['Mandarin-speaking candidates only', 'Mandarin'],
  ] as const) {
    const found = langs(text);
    assert.ok(found.some(([l]) => l === language), `${text} → ${JSON.stringify(found)}`);
  }
  assert.deepEqual(langs('Fluency in English and Japanese'), [['English', 'required'], ['Japanese', 'required']]);
  assert.deepEqual(langs('Fluent English; German is nice to have'), [['English', 'required'], ['German', 'preferred']]);
  assert.deepEqual(langs('Good English; French is an asset'), [['English', 'required'], ['French', 'preferred']]);
});

test('a language merely used is not a requirement', () => {
  for (const text of [
    '(*Most of the interview steps will be conducted in English)',
    'Detailed career-based English resume (PDF) in free format',
    'We serve Korean and Japanese users',
    '제출해 주신 내용 중 허위 사실이 있거나',
    'The English Premier League',
  ]) {
    assert.deepEqual(langs(text), [], text);
  }
});

test('a "Languages" section with a bare name; programming language lists are not spoken languages', () => {
  const text = 'Languages\n\nEnglish\nProgramming Languages Mentioned\nJava, JavaScript, Golang, Python\n';
  assert.deepEqual(langs(text, sectionsOf(text, [['Languages', 'other'], ['Programming Languages Mentioned', 'skills']])), [['English', 'required']]);
  const nice = 'Nice to have\n- Korean communication skills\nRequirements\n- Fluent in Korean\n';
  assert.deepEqual(langs(nice, sectionsOf(nice, [['Nice to have', 'preferred'], ['Requirements', 'requirements']])), [['Korean', 'required']]);
  const pref = 'Nice to have\n- Korean communication skills\n';
  assert.deepEqual(langs(pref, sectionsOf(pref, [['Nice to have', 'preferred']])), [['Korean', 'preferred']]);
});

const auth = (text: string) => findWorkAuthorization(createContext(text)).map((e) => [e.value.sponsorship, e.text]);

test('work authorisation and sponsorship', () => {
  const seed = 'Experience in using/designing open-source machine learning lifecycle management systems: TFXCandidates for this position must be legally authorized to work in the United States. This position is not eligible for visa sponsorship or support.D&I Statement';
  assert.deepEqual(auth(seed), [
    [null, 'Candidates for this position must be legally authorized to work in the United States.'],
    [false, 'This position is not eligible for visa sponsorship or support.'],
  ]);
  assert.deepEqual(auth('Visa sponsorship available.'), [[true, 'Visa sponsorship available.']]);
  assert.deepEqual(auth('We will sponsor visas for the right candidate.'), [[true, 'We will sponsor visas for the right candidate.']]);
  assert.deepEqual(auth('We are unable to sponsor work visas.'), [[false, 'We are unable to sponsor work visas.']]);
  assert.deepEqual(auth('You must have the right to work in the UK without sponsorship.'), [[false, 'You must have the right to work in the UK without sponsorship.']]);
  assert.deepEqual(auth('No sponsorship is offered.'), [[false, 'No sponsorship is offered.']]);
  assert.deepEqual(auth('We sponsor hackathons and meetups.'), []);
  assert.deepEqual(auth("We sponsor visas! However, we aren't able to successfully sponsor visas for every role."), [
    [true, 'We sponsor visas!'],
    [null, "However, we aren't able to successfully sponsor visas for every role."],
  ]);
  assert.deepEqual(auth("We don't sponsor visas."), [[false, "We don't sponsor visas."]]);
  assert.deepEqual(auth('Sponsorship is decided case-by-case.'), [[null, 'Sponsorship is decided case-by-case.']]);
  assert.deepEqual(auth('Work closely with the executive sponsor.'), []);
  assert.deepEqual(auth('Build Go services.'), []);
});
