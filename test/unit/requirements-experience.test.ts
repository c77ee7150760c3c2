import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findExperience, requiredMinYears } from '../../src/core/requirements/experience.ts';
import { extractRequirements } from '../../src/core/requirements/index.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { createContext } from '../../src/core/requirements/context.ts';
import { sectionsOf } from './requirements-sections.ts';

const one = (text: string) => {
  const found = findExperience(createContext(text));
  assert.equal(found.length, 1, `${text} → ${JSON.stringify(found)}`);
  const e = found[0]!;
  assert.equal(text.slice(e.span.start, e.span.end), e.text);
  return { min: e.minYears, max: e.maxYears, subject: e.subject, level: e.level };
};

test('numbers, ranges and qualifiers', () => {
  const cases: [string, number, number | null][] = [
    ['5+ years of experience in Go', 5, null],
    ['3-5 years of experience with Go', 3, 5],
    ['3–5 yrs experience in Go', 3, 5],
    ['3 to 5 years in Go', 3, 5],
    ['at least five years of Go', 5, null],
    ['At least five years', 5, null],
    ['minimum of 3 years experience', 3, null],
    ['Minimum 3 years experience', 3, null],
    ['two or more years of Go', 2, null],
    ['3 or more years of Go', 3, null],
    ['3 years or more of Go', 3, null],
    ['10+ yrs. of Go', 10, null],
    ["5 years' experience in Go", 5, null],
    ['5 + years of Go', 5, null],
    ['a minimum of three (3) years of Go', 3, null],
    ['More than 7 years of Go', 7, null],
    ['2 - 2 years of Go', 2, null],
    ['3+ YOE with PostgreSQL', 3, null],
    ['Experience: 2 years minimum in Kubernetes', 2, null],
    ['5-7+ years of backend experience', 5, 7],
    ['10 years+ of Go', 10, null],
  ];
  for (const [text, min, max] of cases) {
    const r = one(text);
    assert.equal(r.min, min, text);
    assert.equal(r.max, max, text);
  }
});

test('subjects are what the years are of, trimmed sensibly', () => {
  const subject = (t: string) => one(t).subject;
  assert.equal(subject('5+ years of experience in software engineering, with a focus on backend, machine learning, or data engineering.'), 'software engineering');
  assert.equal(subject('5+ years of experience in ML infrastructure, platform engineering, or production ML systems'), 'ML infrastructure, platform engineering, or production ML systems');
  assert.equal(subject('5+ years of professional experience building web apps'), 'building web apps');
  assert.equal(subject('3+ years of Python development experience'), 'Python development');
  assert.equal(subject('3+ years of relevant industry experience'), '');
  assert.equal(subject('2+ years with Kubernetes (EKS or GKE)'), 'Kubernetes');
  assert.equal(subject('4 years as a backend engineer.'), 'backend engineer');
  assert.equal(subject('At least five years'), '');
  assert.equal(subject('5+ years experience as a Data Scientist is required'), 'Data Scientist');
  assert.equal(subject('6+ years of hands-on experience in distributed systems and the cloud'), 'distributed systems');
  assert.equal(subject('Experience with Go (3+ years)'), 'Go');
  assert.equal(subject('Python: 5+ years'), 'Python');
  assert.equal(subject('Kubernetes – at least 2 years'), 'Kubernetes');
  assert.equal(one('Python: 5+ years').subject, 'Python');
  assert.equal(findExperience(createContext('Python: 5+ years'))[0]!.text, 'Python: 5+ years');
  assert.equal(subject('We want someone great with at least 2 years'), '');
  assert.equal(subject('Have significant software engineering experience (4+ years)'), 'software engineering');
  assert.equal(subject('5 years of experience with software development in one or more programming languages, and with data structures/algorithms.'), 'software development in one or more programming languages');
  const google = findExperience(createContext('3 years of experience testing, maintaining, or launching software products, and 1 year of experience with software design'));
  assert.deepEqual(google.map((e) => [e.minYears, e.subject]), [[3, 'testing, maintaining, or launching software products'], [1, 'software design']]);
});

test('two requirements in one sentence (seed 004)', () => {
  const text = '- 5+ years of engineering experience in building large-scale distributed systems with 1+ years of engineering technical leadership experience;';
  const found = findExperience(createContext(text));
  assert.deepEqual(
    found.map((e) => [e.minYears, e.subject, e.text]),
    [
      [5, 'engineering', '5+ years of engineering'],
      [1, 'engineering technical leadership', '1+ years of engineering technical leadership'],
    ],
  );
});

test("Job Bank's \"2 years to less than 3 years\" asks for two: the upper bound is no requirement", () => {
  const text = 'Overview\nExperience\n2 years to less than 3 years\nWork setting\nHybrid: work must be completed on location\n';
  const found = findExperience(createContext(text));
  assert.deepEqual(found.map((e) => e.minYears), [2]);
  assert.equal(requiredMinYears(found), 2);
});

test('near misses are not experience', () => {
  for (const text of [
    'work in the office 3 days a week',
    'Machine Learning Engineer (TikTok) - 2025 Start',
    'Singapore · Reposted 17 hours ago · 20 applicants',
    'Applicants must be 18 years of age or older',
    'must be at least 21 years old',
    'Founded 10 years ago, we are a startup',
    'Our revenue grew in the last 5 years',
    'We have grown 3 years in a row',
    'This is a 2-year contract',
    'A 4-year degree in CS',
    'Over 100 years of history',
    'Over the years we built things',
    'Several years of Go',
    'someone years',
    'for the past 10 years, we have led',
    'Within 2 years you will lead the team',
    '1.5M users in 3 years',
    'less than 3 years of work in the field',
    // A maximum is no minimum: an age limit (Jobberman, round 25), a cap on experience.
    '- Age: not more than 38 years as at the closing date.',
    'Age: 25 - 35 years',
    'Age limit: 30 years',
    'no more than 5 years of experience in total',
  ]) {
    assert.deepEqual(findExperience(createContext(text)), [], text);
  }
});

test('an upper bound beside a minimum keeps the minimum', () => {
  const found = findExperience(createContext('Minimum of 5 years\' experience as a DBA (not more than 12 years).\n- Age: not more than 38 years.'));
  assert.deepEqual(found.map((e) => e.minYears), [5]);
});

test('level: required in requirements, preferred in preferred, kept out of about and noise', () => {
  const text = 'Requirements\n- 5+ years of Go\nPreferred\n- 2+ years of Rust\nAbout us\nFor over 10 years we have served customers. Our engineers have 8+ years of experience in Go.\nJunk\n- 3 years of Go\n';
  const sections = sectionsOf(text, [['Requirements', 'requirements'], ['Preferred', 'preferred'], ['About us', 'about'], ['Junk', 'noise']]);
  const found = findExperience(createContext(text, sections));
  assert.deepEqual(found.map((e) => [e.minYears, e.level]), [[5, 'required'], [2, 'preferred'], [8, 'mentioned']]);
  assert.equal(requiredMinYears(found), 5);
  assert.equal(requiredMinYears([]), null);
  const plain = findExperience(createContext('We want 3+ years of Go; 5+ years of Rust is a plus.'));
  assert.deepEqual(plain.map((e) => [e.minYears, e.level]), [[3, 'required'], [5, 'preferred']]);
  assert.equal(requiredMinYears(plain), 3);
});

test('skill ids come from the subject span', () => {
  const text = '5+ years of Kubernetes and Go experience';
  const ctx = createContext(text, [], { skillIdsIn: (s) => (text.slice(s.start, s.end).includes('Kubernetes') ? ['kubernetes'] : []) });
  const [e] = findExperience(ctx);
  assert.deepEqual(e!.skillIds, ['kubernetes']);
  assert.equal(e!.subject, 'Kubernetes and Go');
});

test('German: "Mindestens 3 Jahre Berufserfahrung …", ranges and number words; not the company\'s years or ages', () => {
  assert.deepEqual(one('• Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung für Roboter'), { min: 3, max: null, subject: 'Softwareentwicklung für Roboter', level: 'required' });
  assert.deepEqual(one('Du hast 2–4 Jahre relevante Praxiserfahrung mit Go und Kubernetes.'), { min: 2, max: 4, subject: 'Go und Kubernetes', level: 'required' });
  assert.deepEqual(one('Drei Jahre Erfahrung als Data Engineer, idealerweise im E-Commerce'), { min: 3, max: null, subject: 'Data Engineer', level: 'required' });
  assert.deepEqual(one('5+ Jahre Erfahrung mit Python'), { min: 5, max: null, subject: 'Python', level: 'required' });
  for (const text of ['Seit 10 Jahren entwickeln wir Roboter.', 'Wir haben 12 Jahre Erfahrung im Markt.', 'Ab 18 Jahren.', 'Unser Team bringt 30 Jahre Erfahrung mit.']) {
    assert.deepEqual(findExperience(createContext(text)), [], text);
  }
  // English and German in one posting: both, in text order.
  const mixed = findExperience(createContext('3 Jahre Erfahrung mit Go.\n5+ years of experience with Rust.'));
  assert.deepEqual(mixed.map((e) => e.minYears), [3, 5]);
  assert.equal(requiredMinYears(mixed), 5);
});

test('Spanish and French: "3 años o más de experiencia como …", "5 ans d\'expérience en …"', () => {
  assert.deepEqual(one('- 3 años o más de experiencia como DevOps, SRE o administrador'), { min: 3, max: null, subject: 'DevOps', level: 'required' });
  assert.deepEqual(one('Al menos dos años de experiencia con Kubernetes.'), { min: 2, max: null, subject: 'Kubernetes', level: 'required' });
  assert.deepEqual(one("5 ans d'expérience en développement backend"), { min: 5, max: null, subject: 'développement backend', level: 'required' });
  assert.deepEqual(one('Au moins 3 ans d’expérience avec Flutter, idéalement en fintech'), { min: 3, max: null, subject: 'Flutter', level: 'required' });
  for (const text of ['Fundada hace 10 años.', 'Nous avons 20 ans d’expérience dans la logistique.', 'Nuestro equipo tiene 15 años de experiencia.', 'Le poste est ouvert aux 18 ans et plus.']) {
    assert.deepEqual(findExperience(createContext(text)), [], text);
  }
});

test('Dutch and Japanese: "minimaal vijf jaar werkervaring als …", "実務経験３年以上"', () => {
  assert.deepEqual(one('- Je hebt minimaal vijf jaar werkervaring als BI-ontwikkelaar, waarvan ten minste twee jaar met Power BI'), { min: 5, max: null, subject: 'BI-ontwikkelaar', level: 'required' });
  assert.deepEqual(findExperience(createContext('Hanzeland is al meer dan 75 jaar de zorgverzekeraar voor ruim 640.000 verzekerden.')), []);
  assert.deepEqual(one('・情報セキュリティ分野での実務経験３年以上'), { min: 3, max: null, subject: '', level: 'required' });
  assert.deepEqual(one('・5年以上のバックエンド開発経験'), { min: 5, max: null, subject: '', level: 'required' });
  assert.deepEqual(findExperience(createContext('完全週休2日制、年間休日120日以上')), []);
});

test('Portuguese (experience word first or last), Chinese and Korean years', () => {
  assert.deepEqual(one('• Experiência de pelo menos 5 anos com qualidade de software, sendo no mínimo 3 com automação de testes;'), { min: 5, max: null, subject: 'qualidade de software', level: 'required' });
  assert.deepEqual(one('3 anos de experiência em Python'), { min: 3, max: null, subject: 'Python', level: 'required' });
  assert.deepEqual(findExperience(createContext('A empresa tem 20 anos de mercado.')), []);
  assert.deepEqual(one('2、3年以上大数据开发经验，其中至少1年实时计算经验'), { min: 3, max: null, subject: '', level: 'required' });
  assert.deepEqual(one('• Android 앱 개발 경력 3년 이상 (또는 그에 준하는 역량을 보유하신 분)'), { min: 3, max: null, subject: '', level: 'required' });
});

test('Italian: "Almeno 2 anni di esperienza come …", not the company\'s years', () => {
  assert.deepEqual(one('- Almeno 2 anni di esperienza come Data Scientist o in un ruolo analogo'), { min: 2, max: null, subject: 'Data Scientist o in un ruolo analogo', level: 'required' });
  assert.deepEqual(findExperience(createContext('Da oltre 70 anni Officine Valsamoggia progetta macchine automatiche.')), []);
});

test('Polish and Swedish: "min. 3 lata doświadczenia w …", "minst tre års erfarenhet av …"', () => {
  assert.deepEqual(one('• min. 3 lata doświadczenia w programowaniu mikrokontrolerów'), { min: 3, max: null, subject: 'programowaniu mikrokontrolerów', level: 'required' });
  assert.deepEqual(one('- har minst tre års erfarenhet av säkerhetsarbete i en SOC'), { min: 3, max: null, subject: 'säkerhetsarbete i en SOC', level: 'required' });
  assert.deepEqual(findExperience(createContext('Vi har levererat el i över 100 år.')), []);
});

test('Indonesian, Turkish and Vietnamese years', () => {
  assert.deepEqual(one('- Pengalaman minimal 2 tahun sebagai Machine Learning Engineer'), { min: 2, max: null, subject: 'Machine Learning Engineer', level: 'required' });
  assert.equal(one('• Oracle veritabanı yönetiminde en az 5 yıl deneyimli').min, 5);
  assert.deepEqual(one('- Tối thiểu 2 năm kinh nghiệm ở vị trí Data Analyst'), { min: 2, max: null, subject: 'Data Analyst', level: 'required' });
  assert.deepEqual(findExperience(createContext('Kami sudah 10 tahun berpengalaman di industri sawit.')), []);
});

test('years glued to the heading before them (scraped text) are read', () => {
  // The heading is found by the section detector; the years are read where it ends.
  const text = "Responsibilities:Take part in sprint planning and retrospectives.What we're looking for3+ years of experience in software testing, of which at least 2 years in mobile.";
  assert.equal(analyzePosting(text).requirements.minYears, 3);
  assert.equal(extractRequirements(text).minYears, 2); // without sections there is no heading to end
  // Still not a count of years: a version glued to its name.
  assert.equal(extractRequirements('Upgrade the fleet to Python3 this year.').minYears, null);
});

test('years in a table with a years column, at each row\'s level; "we do not expect 10 years" is not a requirement', () => {
  const text = [
    'Requirements',
    '',
    '| Skill | Level | Years |',
    '|---|---|---|',
    '| Embedded C firmware development | Required | 4+ |',
    '| RTOS (FreeRTOS or Zephyr) | Required | 2-3 |',
    '| Python for test scripting | Preferred | 1+ |',
    '| Git | Required | – |',
    '',
    'We do not expect 10 years of motor control.',
  ].join('\n');
  const r = analyzePosting(text).requirements;
  assert.deepEqual(
    r.experience.map((e) => [e.text, e.subject, e.minYears, e.maxYears, e.level]),
    [
      ['4+', 'Embedded C firmware development', 4, null, 'required'],
      ['2-3', 'RTOS (FreeRTOS or Zephyr)', 2, 3, 'required'],
      ['1+', 'Python for test scripting', 1, null, 'preferred'],
    ],
  );
  assert.equal(r.minYears, 4);
  for (const e of r.experience) assert.equal(text.slice(e.span.start, e.span.end), e.text);
  // Without a years header, numbers in a table are not years.
  assert.deepEqual(analyzePosting('| Team | Size |\n|---|---|\n| Platform | 12 |\n').requirements.experience, []);
});

test('a number and "year" on two lines are not years of experience ("Average age: 32" / "Year of founding")', () => {
  const r = analyzePosting('Company facts\nAverage age: 32\nYear of founding: 2008\n\nRequirements\n- At least 5 years of professional C++ experience\n').requirements;
  assert.deepEqual(r.experience.map((e) => e.minYears), [5]);
  assert.equal(r.minYears, 5);
});
