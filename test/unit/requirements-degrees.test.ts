import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDegrees, fieldsIn } from '../../src/core/requirements/degrees.ts';
import { createContext } from '../../src/core/requirements/context.ts';
import { sectionsOf } from './requirements-sections.ts';

const degrees = (text: string) => findDegrees(createContext(text)).map((d) => ({ degree: d.degree, fields: d.fields, eq: d.equivalentExperience, level: d.level }));
const only = (text: string) => {
  const found = degrees(text);
  assert.equal(found.length, 1, `${text} → ${JSON.stringify(found)}`);
  return found[0]!;
};

test('degree levels, lowest that satisfies', () => {
  const cases: [string, string][] = [
    ["Bachelor's degree in Computer Science", 'bachelor'],
    ['Bachelors in CS', 'bachelor'],
    ['BS in Computer Science', 'bachelor'],
    ['B.S. in Computer Science or related field', 'bachelor'],
    ['BSc in Mathematics', 'bachelor'],
    ['BS/MS in CS', 'bachelor'],
    ["Bachelor's/Master's degree in Computer Science", 'bachelor'],
    ["Master's degree in Statistics", 'master'],
    ['MS or PhD in Machine Learning', 'master'],
    ['M.S. in Computer Science', 'master'],
    ['MSc degree in Physics', 'master'],
    ['PhD in Computer Science', 'doctorate'],
    ['Ph.D. in a quantitative field', 'doctorate'],
    ['A doctorate in Physics', 'doctorate'],
    ["Associate's degree in IT", 'associate'],
    ['High school diploma or GED', 'high-school'],
    ['A degree in Computer Science', 'other'],
    ['University degree in Engineering', 'bachelor'],
    ['Master of Science in Data Science', 'master'],
    ['A diploma or degree in Computer Science, or a bootcamp certificate', 'other'],
    ['College diploma in IT', 'other'],
    ['A CS degree is nice but not required', 'other'],
  ];
  for (const [text, degree] of cases) assert.equal(only(text).degree, degree, text);
});

test('fields and the equivalent-experience route', () => {
  const seed001 = "Bachelor's/Master's degree in Computer Science, Computer Engineering, or related fields or equivalent years of experience in a software engineering role";
  assert.deepEqual(only(seed001), { degree: 'bachelor', fields: ['Computer Science', 'Computer Engineering', 'related fields'], eq: true, level: 'required' });
  const seed004 = "Bachelor's degree or above, majoring in Computer Science, or related fields;";
  assert.deepEqual(only(seed004), { degree: 'bachelor', fields: ['Computer Science', 'related fields'], eq: false, level: 'required' });
  for (const tail of ['or equivalent practical experience', 'or equivalent experience', 'or related experience', 'or equivalent', 'or an equivalent combination of education and experience']) {
    assert.equal(only(`BS in CS ${tail}`).eq, true, tail);
  }
  assert.equal(only('BS in Computer Science').eq, false);
  assert.deepEqual(fieldsIn('BS/MS in Computer Science, Statistics and Mathematics'), ['Computer Science', 'Statistics', 'Mathematics']);
  assert.deepEqual(fieldsIn('no fields here'), []);
  assert.deepEqual(fieldsIn('A diploma or degree in Computer Science, or a bootcamp certificate'), ['Computer Science']);
});

test('final year or recent graduate from a university is a bachelor in progress', () => {
  const seed003 = '- Final year or recent graduate with a background in computer science, computer engineering, information systems or a related technical discipline from a university';
  assert.deepEqual(only(seed003), {
    degree: 'bachelor',
    fields: ['computer science', 'computer engineering', 'information systems', 'related technical discipline'],
    eq: false,
    level: 'required',
  });
  assert.deepEqual(degrees('We hire recent graduates every year.'), []);
});

test('near misses are not degrees', () => {
  for (const text of [
    'Scrum Master experience',
    'MS Office and MS SQL Server',
    'Boston, MA',
    'Master the craft of distributed systems',
    'master data management',
    'Associate Software Engineer',
    'Strong foundation in computer science',
    'As a graduate, you will grow',
    'BA team lead',
  ]) {
    assert.deepEqual(degrees(text), [], text);
  }
});

test('levels follow sections and cues; benefits and noise are skipped', () => {
  const text = "Requirements\n- BS in CS\n- MS preferred\nPreferred\n- PhD in ML\nBenefits\n- Tuition for your master's degree\n";
  const sections = sectionsOf(text, [['Requirements', 'requirements'], ['Preferred', 'preferred'], ['Benefits', 'benefits']]);
  const found = findDegrees(createContext(text, sections));
  assert.deepEqual(found.map((d) => [d.degree, d.level, d.text]), [
    ['bachelor', 'required', 'BS in CS'],
    ['master', 'preferred', 'MS preferred'],
    ['doctorate', 'preferred', 'PhD in ML'],
  ]);
  for (const d of found) assert.equal(text.slice(d.span.start, d.span.end), d.text);
});
