import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLocations } from '../../src/core/requirements/locations.ts';
import { findWorkMode } from '../../src/core/requirements/work-mode.ts';
import { findSeniority } from '../../src/core/requirements/seniority.ts';
import { findCompensation } from '../../src/core/requirements/compensation.ts';
import { createContext } from '../../src/core/requirements/context.ts';
import { extractRequirements } from '../../src/core/requirements/index.ts';
import { sectionsOf } from './requirements-sections.ts';
import { CITIES } from '../../src/core/requirements/places.ts';

const places = (text: string) => findLocations(createContext(text)).map((l) => l.value);
const mode = (text: string) => findWorkMode(createContext(text))?.value ?? null;
const level = (text: string, title: string | null = null) => findSeniority(createContext(text, [], { title }))?.value ?? null;
const pay = (text: string, sections = sectionsOf(text, [])) => findCompensation(createContext(text, sections)).map((e) => ({ ...e.value, text: e.text }));

test('locations: cities with states, header lines, countries only in location context', () => {
  assert.deepEqual(places('Chime Chime · Fintech · San Francisco, CA · Data Engineering'), ['San Francisco, CA']);
  assert.deepEqual(places('Deep Learning\nSeattle, Washington\n'), ['Seattle, Washington']);
  assert.deepEqual(places('Singapore 路 Reposted 17 hours ago\nTikTok 路 Singapore'), ['Singapore']);
  assert.deepEqual(places('Lead the ML team in Seoul. Work with teams across the U.S. and Seoul.'), ['Seoul']);
  assert.deepEqual(places('Location: Germany (Remote)'), ['Germany']);
  assert.deepEqual(places('Remote - United States'), ['United States']);
  assert.deepEqual(places('Lehi, UT'), ['Lehi, UT']);
  assert.deepEqual(places('Candidates must be legally authorized to work in the United States.'), []);
  assert.deepEqual(places("TikTok's global headquarters are in Los Angeles and Singapore, and its offices include New York, London, Dublin."), []);
  assert.deepEqual(places('We serve customers in India and Brazil with great products every day.'), []);
  assert.deepEqual(places('Use Docker, OR Kubernetes as you wish in your daily work, we are flexible.'), []);
  assert.deepEqual(places('NYC or New York, NY'), ['New York, NY']);
  assert.deepEqual(places('Toronto, ON'), ['Toronto, ON']);
  assert.deepEqual(places('Google | Sunnyvale, CA, USA; Kirkland, WA, USA'), ['Sunnyvale, CA, USA', 'Kirkland, WA, USA']);
  assert.deepEqual(places('Waterloo, Ontario'), ['Waterloo, Ontario']);
});

test('locations: every known city is found, accented names included', () => {
  for (const city of CITIES) assert.deepEqual(places(`Our team works on maps.\n\nLocation: ${city}\n`), [city], city);
  assert.deepEqual(places('Ubicación: Bogotá'), ['Bogotá']);
  assert.deepEqual(places('Local: São Paulo'), ['São Paulo']);
});

test('work mode', () => {
  assert.equal(mode('our organization follows a hybrid work schedule that requires employees to work in the office 3 days a week'), 'hybrid');
  assert.equal(mode('This is a fully remote role.'), 'remote');
  assert.equal(mode('Remote (US)'), 'remote');
  assert.equal(mode('Work from home anywhere in Europe.'), 'remote');
  assert.equal(mode('This is not a remote position.'), 'onsite');
  assert.equal(mode('On-site in Austin, TX'), 'onsite');
  assert.equal(mode('3 days per week in the office'), 'hybrid');
  assert.equal(mode('Experience with hybrid cloud and remote sensing'), null);
  assert.equal(mode('Collaborate with remote teams; onsite interviews'), null);
  assert.equal(mode('Build Go services.'), null);
  const e = findWorkMode(createContext('Join us.Our team is hybrid. We build things.'))!;
  assert.equal(e.text, 'Our team is hybrid.');
});

test('seniority from the title, then from the text', () => {
  assert.equal(level('', null), null);
  const t = (title: string) => level(title, title);
  assert.equal(t('Machine Learning Engineer (TikTok) - 2025 Start'), 'entry');
  assert.equal(t('Tech Lead, Recommendation Infrastructure'), 'lead');
  assert.equal(t('Senior Software Engineer'), 'senior');
  assert.equal(t('Sr. Data Engineer'), 'senior');
  assert.equal(t('Staff Engineer, Infra'), 'staff');
  assert.equal(t('Principal Scientist'), 'principal');
  assert.equal(t('Software Engineering Intern'), 'intern');
  assert.equal(t('Engineering Manager, Payments'), 'manager');
  assert.equal(t('Director of Engineering'), 'director');
  assert.equal(t('Junior Developer'), 'junior');
  assert.equal(t('Senior Product Manager'), 'senior');
  assert.equal(t('Product Manager'), null);
  assert.equal(t('Data Scientist II'), 'mid');
  assert.equal(t('Software Engineer III, Payments'), 'senior');
  assert.equal(t('Software Engineer I'), 'junior');
  assert.equal(t('Software Engineer 2.0 Platform'), null);
  assert.equal(t('Software Engineer, Machine Learning Platform'), null);
  assert.equal(level('We are looking for a Tech Lead who is excited to dive deep'), 'lead');
  assert.equal(level('- Final year or recent graduate with a background in CS'), 'entry');
  assert.equal(level('Responsible for mentoring interns.'), null);
  assert.equal(level('5+ years of experience in Go'), null);
  const e = findSeniority(createContext('Intro\nTech Lead, Infra\n', [], { title: 'Tech Lead, Infra' }))!;
  assert.deepEqual([e.text, e.span], ['Tech Lead', { start: 6, end: 15 }]);
});

test('compensation: ranges, currencies, periods', () => {
  assert.deepEqual(pay('Salary: $120,000 - $180,000'), [{ min: 120000, max: 180000, currency: 'USD', period: 'year', text: '$120,000 - $180,000' }]);
  assert.deepEqual(pay('USD 150k–200k per year'), [{ min: 150000, max: 200000, currency: 'USD', period: 'year', text: 'USD 150k–200k per year' }]);
  assert.deepEqual(pay('Salary £60,000'), [{ min: 60000, max: 60000, currency: 'GBP', period: 'year', text: '£60,000' }]);
  assert.deepEqual(pay('SGD 8,000/month'), [{ min: 8000, max: 8000, currency: 'SGD', period: 'month', text: 'SGD 8,000/month' }]);
  assert.deepEqual(pay('$50/hr'), [{ min: 50, max: 50, currency: 'USD', period: 'hour', text: '$50/hr' }]);
  assert.deepEqual(pay('Pay: up to €90k annually'), [{ min: null, max: 90000, currency: 'EUR', period: 'year', text: 'up to €90k annually' }]);
  assert.deepEqual(pay('Base pay from 70.000 € a year'), [{ min: 70000, max: null, currency: 'EUR', period: 'year', text: 'from 70.000 € a year' }]);
  assert.deepEqual(pay('The range is $95K to $130K.'), [{ min: 95000, max: 130000, currency: 'USD', period: null, text: '$95K to $130K' }]);
  assert.deepEqual(pay('Salary: ¥6,000,000').map((p) => p.period), [null]);
  for (const text of ['We raised $50M in Series B funding.', 'Try Premium for SGD0', 'A $5 coffee voucher', '401(k) matching', 'Our $2B valuation']) {
    assert.deepEqual(pay(text), [], text);
  }
  assert.deepEqual(pay('The annual salary range for this role is $210K - $280K + equity.').map((p) => [p.min, p.max, p.period]), [[210000, 280000, 'year']]);
  assert.deepEqual(pay('The US base salary range for this full-time position is $166,000-$244,000 + bonus.').map((p) => [p.min, p.max, p.period]), [[166000, 244000, 'year']]);
  assert.deepEqual(pay('Monthly salary: SGD 8,000 - 12,000').map((p) => [p.min, p.max, p.period]), [[8000, 12000, 'month']]);
  assert.deepEqual(pay('Hourly rate: $45 - $60').map((p) => [p.min, p.max, p.period]), [[45, 60, 'hour']]);
  assert.deepEqual(pay('Pay: $65,000 - $80,000 a year\nPay\n$65,000 - $80,000 a year').length, 1, 'the same range twice is one');
  const sec = 'Compensation\n$140,000 — $160,000 + equity\n';
  assert.deepEqual(pay(sec, sectionsOf(sec, [['Compensation', 'compensation']])).map((p) => [p.min, p.max]), [[140000, 160000]]);
});

test('a bare $ in a posting for a Canadian, Australian or Singaporean place is local currency', () => {
  const currency = (text: string) => extractRequirements(text).compensation.map((c) => c.value.currency);
  assert.deepEqual(currency('Toronto, ON\nSalary: $65,000 - $80,000 a year'), ['CAD']);
  assert.deepEqual(currency('Location: Sydney\nSalary: $120k'), ['AUD']);
  assert.deepEqual(currency('Location: Sydney\nSalary: USD 120k'), ['USD']);
  assert.deepEqual(currency('Seattle, WA\nSalary: $120k'), ['USD']);
  assert.deepEqual(currency('Salary: $120k'), ['USD']);
});

test('compensation: Indian pay in lakh (LPA, lakhs per annum, CTC), and lakh counts that are not pay', () => {
  const rows = (text: string) => pay(text).map((p) => [p.min, p.max, p.currency, p.period, p.text]);
  assert.deepEqual(rows('CTC: 18-25 LPA'), [[1_800_000, 2_500_000, 'INR', 'year', '18-25 LPA']]);
  assert.deepEqual(rows('Offered: ₹12 LPA.'), [[1_200_000, 1_200_000, 'INR', 'year', '₹12 LPA']]);
  assert.deepEqual(rows('Salary: INR 15 lakhs per annum, plus bonus.'), [[1_500_000, 1_500_000, 'INR', 'year', 'INR 15 lakhs per annum']]);
  assert.deepEqual(rows('Compensation: 20.5 lakhs CTC'), [[2_050_000, 2_050_000, 'INR', 'year', '20.5 lakhs']]);
  assert.deepEqual(rows('Our app serves 12 lakh customers across India.'), []);
  // "₹18" alone is not read as well: one piece of pay, the lakh one.
  assert.deepEqual(rows('Pay range: ₹18 - ₹25 LPA (fixed).').length, 1);
  // Lakh pay and a dollar range in one posting keep text order.
  assert.deepEqual(
    pay('India: 30-40 LPA.\nUnited States: $150,000 - $180,000 per year.').map((p) => p.currency),
    ['INR', 'USD'],
  );
});
