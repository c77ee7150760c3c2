import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as api from '../../src/core/sections/index.ts';
import { classifyHeading, extractSections, sectionPathAt } from '../../src/core/sections/index.ts';
import { toDisplayText, unquoteEmail } from '../../src/core/normalize.ts';
import type { Section } from '../../src/core/types.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { outline, score, type Expected } from '../fixtures/sections/outline.ts';
import { flat, titledKinds, titledText } from './sections-helpers.ts';

const root = path.join(import.meta.dirname, '../..');
const seedExpectations = JSON.parse(readFileSync(path.join(root, 'test/fixtures/sections/seeds.json'), 'utf8')) as Record<string, Expected>;
const seed = (prefix: string): string => {
  const f = readdirSync(path.join(root, 'seeds')).find((n) => n.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', f), 'utf8');
};
const find = (list: Section[], title: string): Section => {
  const s = flat(list).find((x) => x.title === title);
  assert.ok(s, `no section "${title}"`);
  return s;
};

test('public exports', () => {
  assert.deepEqual(Object.keys(api).sort(), ['classifyHeading', 'extractSections', 'sectionPathAt']);
});

for (const [file, expected] of Object.entries(seedExpectations)) {
  test(`seed ${file}: sections, kinds, nesting, title and company`, () => {
    const text = readFileSync(path.join(root, 'seeds', file), 'utf8');
    const r = extractSections(text, { fileName: file });
    const s = score(text, r.sections, expected.sections);
    assert.deepEqual(s.misses, [], outline(text, r.sections).join('\n'));
    assert.equal(s.matched, s.expected);
    assert.equal(r.format, expected.format);
    assert.equal(r.title, expected.title);
    assert.equal(r.company, expected.company);
  });
}

test('seeds: every item span points at its text in the original, inside its section, in order', () => {
  for (const file of Object.keys(seedExpectations)) {
    const text = readFileSync(path.join(root, 'seeds', file), 'utf8');
    for (const s of flat(extractSections(text).sections)) {
      let last = s.span.start;
      for (const item of s.items) {
        assert.equal(toDisplayText(text.slice(item.span.start, item.span.end)), item.text, `${file}: ${item.text}`);
        assert.ok(item.span.start >= last && item.span.end <= s.span.end, `${file}: ${item.text}`);
        last = item.span.end;
      }
      assert.equal(text.slice(s.headingSpan.start, s.headingSpan.end).length, s.headingSpan.end - s.headingSpan.start);
      // The heading span shows the title (decoration such as `**` or a colon may stand around it).
      if (s.title) assert.ok(toDisplayText(text.slice(s.headingSpan.start, s.headingSpan.end)).includes(s.title), `${file}: ${s.title}`);
    }
  }
});

test('seed 001: run-together text splits into headings and bullet items', () => {
  const text = seed('001');
  const { sections } = extractSections(text);
  const min = find(sections, 'Minimum Qualifications');
  assert.deepEqual(
    min.items.map((i) => [i.bullet, i.text.slice(0, 30)]),
    [
      ['-', "Bachelor's/Master's degree in "],
      ['-', 'Proficient in C/C++/CUDA/Pytho'],
      ['-', 'Familiar with deep learning fr'],
      ['-', 'Experience in developing and d'],
    ],
  );
  const resp = flat(sections).filter((s) => s.title === 'Responsibilities')[1]!;
  assert.equal(resp.items.length, 4);
  assert.ok(resp.items.every((i) => i.bullet === '-' && i.text.startsWith('Responsible for')));
  const pref = find(sections, 'Preferred Qualifications');
  // "…management systems: TFXCandidates for this position…": the legal sentence is its own item.
  assert.ok(pref.items.some((i) => i.text.endsWith('lifecycle management systems: TFX')));
  assert.ok(pref.items.some((i) => i.bullet === null && i.text.startsWith('Candidates for this position must be legally authorized')));
  const about = find(sections, 'About TikTok U.S. Data Security');
  assert.equal(text.slice(about.headingSpan.start, about.headingSpan.end), 'About TikTok U.S. Data Security');
  // "…in the U.S. This new…" ends a sentence; "U.S. Data Security" does not.
  assert.ok(about.items.some((i) => i.text === 'U.S. Data Security ("USDS") is a subsidiary of TikTok in the U.S.'));
  assert.deepEqual(find(sections, 'Languages').items.map((i) => i.text), ['English']);
});

test('seed 003: job-board debris is noise, and the path of a qualification is nested', () => {
  const text = seed('003');
  const { sections } = extractSections(text);
  const debris = ['TikTok logo', 'Reposted 17 hours ago', '9 connections work here', '9 of 10 skills match', 'Try Premium', 'Am I a good fit', 'Tell me more about TikTok', 'Apply\n', 'Save\n', 'Save Machine Learning Engineer', '25%', 'Resume Match', '1 of 4 keywords', 'Simplify', 'Share', 'Show more options'];
  for (const d of debris) {
    const at = text.indexOf(d);
    assert.ok(at >= 0, d);
    const p = sectionPathAt(sections, at);
    assert.equal(p[p.length - 1]?.kind, 'noise', d);
  }
  const at = text.indexOf('Solid experience with data structures');
  assert.deepEqual(sectionPathAt(sections, at).map((s) => s.title), ['About the job', 'Qualifications', 'Minimum Qualifications']);
  assert.deepEqual(sectionPathAt(sections, -1), []);
  assert.deepEqual(sectionPathAt(sections, text.length + 5), []);
  assert.deepEqual(sectionPathAt([], 3), []);
});

test('seed 000 and 002: numbered, dashed and • items; Korean lines stay items', () => {
  const s0 = extractSections(seed('000')).sections;
  assert.deepEqual(find(s0, 'Interview Process').items.map((i) => i.bullet), ['1.', '2.', '3.']);
  assert.deepEqual(find(s0, 'Programming Languages Mentioned').items.slice(1, 3), [
    { text: 'Legal Entity: Hyperconnect', span: find(s0, 'Programming Languages Mentioned').items[1]!.span, bullet: '-' },
    { text: 'Brand: Tinder', span: find(s0, 'Programming Languages Mentioned').items[2]!.span, bullet: '-' },
  ]);
  const recruitment = find(s0, 'Recruitment Process').items.map((i) => i.text);
  assert.equal(recruitment[0], 'Employment Type: Full-time');
  assert.ok(recruitment.some((t) => t.startsWith('국가보훈대상자는')));
  const s2 = extractSections(seed('002')).sections;
  const required = find(s2, 'Required');
  assert.equal(required.items.length, 35);
  assert.ok(required.items.every((i) => i.bullet === '•'));
  assert.deepEqual(find(s2, 'What you\'d actually do').items.map((i) => i.bullet), ['1.', '2.', '3.', '4.', '5.']);
});

test('classifyHeading: phrasings from many job boards', () => {
  const cases: [string, string | null][] = [
    ["What you'll do", 'responsibilities'],
    ["What you'd actually do", 'responsibilities'],
    ['Key Responsibilities', 'responsibilities'],
    ["Responsibilities - What You'll Do", 'responsibilities'],
    ['Minimum Qualifications', 'requirements'],
    ['Basic Qualifications', 'requirements'],
    ['Preferred Qualifications', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Nice-to-have skills', 'preferred'],
    ['Bonus points', 'preferred'],
    ['What the JD emphasized', 'requirements'],
    ['Other signals', 'other'],
    ['Interview Process', 'process'],
    ['Recruitment Process', 'process'],
    ['Team Introduction', 'team'],
    ['About the job', 'about'],
    ['Job Description', 'about'],
    ['About Us', 'company'],
    ['Why Join Us', 'company'], // by its words (the grammar's colour); its items decide the section's kind
    ['Benefits', 'benefits'],
    ['Perks', 'benefits'],
    ['Compensation', 'compensation'],
    ['Salary', 'compensation'],
    ['Pay Range', 'compensation'],
    ['D&I Statement', 'legal'],
    ['Accommodation Statement', 'legal'],
    ['Data Security Statement', 'legal'],
    ['Equal Opportunity', 'legal'],
    ['Programming Languages Mentioned', 'skills'],
    ['Work experience', 'requirements'],
    ['Languages', 'requirements'],
    ['Qualifications', 'requirements'],
    ['Requirements', 'requirements'],
    ['Skills', 'skills'],
    ['Required', 'requirements'],
    ['Preferred', 'preferred'],
    ['WHAT YOU’LL DO:', 'responsibilities'],
    ['Whatâ€™s in it for you', 'benefits'],
    ['About Acme Robotics', 'company'],
    ['About the Data Platform Team', 'team'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Über uns', 'company'],
    ['우대사항', 'preferred'],
    ['Benefits & Perks', 'benefits'],
    ['Your future responsibilities', 'responsibilities'],
    ['Extra nice-to-haves', 'preferred'],
    ['Why Acme', 'benefits'], // what the job offers, unless its prose makes it a pitch (see below)
    ['Tech we love', null],
    // Xing's German wrapper, Belgian "Company / Function / Profile / Assets / Offer", Get on Board, JobStreet.
    ['Jobbeschreibung', 'about'],
    ['Function', 'responsibilities'],
    ['Assets', 'preferred'],
    ['Conditions', 'benefits'],
    ['WHAT AWAITS YOU', 'benefits'],
    ['Your contact', 'other'],
    ['More Info', 'other'],
    ['Remote work policy', 'other'],
    // Round 22: IrishJobs questions, a Swedish "meriterande" in English, Greenhouse's application form.
    ['What do you need?', 'requirements'],
    ['Who are you?', 'requirements'],
    ['Meritorious', 'preferred'],
    ['Voluntary Self-Identification', 'legal'],
    ['', null],
    ['Lorem ipsum', null],
  ];
  for (const [title, kind] of cases) assert.equal(classifyHeading(title), kind, title);
  assert.equal(classifyHeading(42 as unknown as string), null);
});

test('Markdown: front matter, ATX and bold headings, nesting, inline labels, code', () => {
  const md = [
    '---',
    'title: Staff Engineer',
    'company: Acme',
    '---',
    'Intro line.',
    '',
    '## Requirements',
    '',
    '### Must have',
    '- Go',
    '',
    '### Nice to have',
    '* Rust',
    '',
    '**Benefits:**',
    '',
    '- **Health:** full coverage',
    '',
    '```',
    '## Not a heading',
    '```',
    '',
    '**Location:** Remote',
  ].join('\n');
  const r = extractSections(md);
  assert.equal(r.format, 'markdown');
  assert.equal(r.title, 'Staff Engineer');
  assert.equal(r.company, 'Acme');
  assert.deepEqual(outline(md, r.sections), ['about: "Intro line.\\n"', 'requirements: Requirements', '  requirements: Must have', '  preferred: Nice to have', 'benefits: Benefits']);
  const req = find(r.sections, 'Requirements');
  assert.equal(md.slice(req.headingSpan.start, req.headingSpan.end), 'Requirements');
  assert.equal(md.slice(req.span.start, req.span.start + 3), '## ');
  assert.deepEqual(find(r.sections, 'Must have').items, [{ text: 'Go', span: { start: md.indexOf('Go'), end: md.indexOf('Go') + 2 }, bullet: '-' }]);
  assert.deepEqual(find(r.sections, 'Benefits').items.map((i) => i.text), ['Health: full coverage', '## Not a heading', 'Location: Remote']);
  assert.equal(extractSections('## Duties\n\nShip it.', { format: 'text' }).format, 'text');
  assert.equal(extractSections('Duties:\n- ship it', { fileName: 'a.md' }).format, 'markdown');
});

test('Markdown: setext headings and a job-title H1', () => {
  const md = 'Senior Data Engineer\n====================\n\nCompany: Zephyr\n\nWhat you will do\n----------------\n\n1. Build pipelines\n';
  const r = extractSections(md);
  assert.equal(r.title, 'Senior Data Engineer');
  assert.equal(r.company, 'Zephyr');
  assert.deepEqual(outline(md, r.sections), ['other: Senior Data Engineer', '  responsibilities: What you will do']);
});

test('"Company:" and "Job title:" lines: the first such line, whatever the colons and line breaks around it', () => {
  const meta = (text: string) => {
    const r = extractSections(text, { format: 'text' });
    return [r.title, r.company];
  };
  // Lines with other colons before it, two colons on one line, a full-width colon, a bullet.
  assert.deepEqual(meta('Note: read this: please\nTeam: Data\n- Company: Northwind\nJob title: Senior Data Engineer\n'), ['Senior Data Engineer', 'Northwind']);
  assert.deepEqual(meta('会社：Foo\n職種 x\nCompany：Hooli\nPosition： Staff Engineer'), ['Staff Engineer', 'Hooli']);
  // The first field line wins; CRLF, lone CR and U+2028 end lines as a multiline `^` sees them.
  assert.deepEqual(meta('Intro line\r\nCompany: Initech\r\nCompany: Globex\r\n'), [null, 'Initech']);
  assert.deepEqual(meta('Intro\rcompany :  Umbrella Health\r'), [null, 'Umbrella Health']);
  assert.deepEqual(meta('Intro\u2028Employer: Stark Industries\u2028more'), [null, 'Stark Industries']);
  // Not a field: the label is not at the line's start, or nothing follows the colon.
  assert.deepEqual(meta('About the company: we build things.\nOur role: data engineer'), [null, null]);
  assert.deepEqual(meta('Company:\nWe build rockets.'), [null, null]);
});

test('headings found in blind-written postings: inline bold labels, glued "About X:" and "A & B:", lettered and question headings', () => {
  // A bold label with prose on its line opens a section; a bold detail ("**Location:** Remote") does not.
  const md = [
    '**What you will do**',
    '1. Threat-model new services',
    '2. Run the bug bounty',
    '',
    '**Compensation:** The base salary range for this role is $178,000 – $215,000 per year, plus equity.',
    '',
    '**Location:** Remote (US)',
    '',
    '**Equal opportunity:** Acme is an equal opportunity employer and considers all qualified applicants.',
  ].join('\n');
  const m = extractSections(md, { format: 'markdown' });
  assert.deepEqual(outline(md, m.sections), ['responsibilities: What you will do', 'compensation: Compensation', 'legal: Equal opportunity']);
  assert.deepEqual(find(m.sections, 'Compensation').items.map((i) => i.text), ['The base salary range for this role is $178,000 – $215,000 per year, plus equity.', 'Location: Remote (US)']);

  // Scraped text: a free "About X" heading ending at a colon, a heading of two parts glued to its list.
  const scraped = 'Senior ML Engineer at Apnaghar.About Apnaghar:Apnaghar is the largest marketplace for home services.Requirements:- 4 years of Python- Experience with AWS SageMaker.Perks & Benefits:- Health insurance- ESOPs';
  const s = extractSections(scraped, { format: 'text' });
  assert.deepEqual(
    outline(scraped, s.sections).filter((l) => !l.includes('"')),
    ['company: About Apnaghar', 'requirements: Requirements', 'benefits: Perks & Benefits'],
  );
  assert.deepEqual(find(s.sections, 'Perks & Benefits').items.map((i) => i.text), ['Health insurance', 'ESOPs']);

  // Lettered sub-headings; the last item of a numbered list is not a heading even when its words
  // could name one; a question that names a section is a heading, also in mojibake.
  const text = [
    '4. Your profile',
    '',
    'a) Must-have',
    '- Five years of VHDL',
    '',
    'b) Nice-to-have',
    '- Verification with cocotb',
    '1. Fuzzing experience',
    '2. Contributions to open-source security tools',
    '',
    'Whoâ€™s the team?',
    'Six engineers who build the tools our data scientists use every day.',
    '',
    'Job Description/Requirements',
    'We lend to smallholder farmers across four counties and measure what our products change.',
  ].join('\n');
  const t = extractSections(text, { format: 'text' });
  assert.deepEqual(
    outline(text, t.sections).map((l) => l.trim()),
    ['requirements: Your profile', 'requirements: Must-have', 'preferred: Nice-to-have', 'team: Who’s the team?', 'about: Job Description/Requirements'],
  );
  assert.ok(find(t.sections, 'Nice-to-have').items.some((i) => i.text === 'Contributions to open-source security tools'));
});

test('a posting forwarded by e-mail ("> " lines), Japanese headings of two parts (・) and Dutch headings', () => {
  const mail = ['Hi Tobias, see below.', '', '> -----Original Message-----', '> Subject: Referral drive', '>', '> The team', '> Six firmware engineers in Aarhus.', '>', "> What we're looking for", '> - 4+ years of embedded C', '> - RTOS experience', '>', '> Nice to have', '> - AUTOSAR'].join('\n');
  const m = extractSections(mail, { format: 'text' });
  assert.deepEqual(outline(mail, m.sections).filter((l) => !l.includes('"')), ['team: The team', "requirements: What we're looking for", 'preferred: Nice to have']);
  assert.deepEqual(find(m.sections, 'Nice to have').items.map((i) => i.text), ['AUTOSAR']);
  // One line that starts with ">" is not an e-mail quote.
  assert.equal(unquoteEmail('Requirements\n> 5 years of Go\n'), 'Requirements\n> 5 years of Go\n');

  const ja = ['【必須スキル・経験】', '・情報セキュリティ分野での実務経験３年以上', '', '【歓迎スキル・経験】', '・Splunk の運用経験', '', '【開発環境・使用ツール】', '・AWS, Terraform'].join('\n');
  assert.deepEqual(outline(ja, extractSections(ja, { format: 'text' }).sections), ['requirements: 必須スキル・経験', 'preferred: 歓迎スキル・経験', 'skills: 開発環境・使用ツール']);

  const nl = ['Wat ga je doen?', '- Je bouwt dashboards in Power BI voor onze teams', '', 'Wie ben jij?', '- Je hebt minimaal vijf jaar werkervaring als BI-ontwikkelaar', '', 'Mooi meegenomen', '- Ervaring met Microsoft Fabric', '', 'Wat bieden wij?', '- Een opleidingsbudget van € 2.000 per jaar'].join('\n');
  assert.deepEqual(outline(nl, extractSections(nl, { format: 'text' }).sections), ['responsibilities: Wat ga je doen?', 'requirements: Wie ben jij?', 'preferred: Mooi meegenomen', 'benefits: Wat bieden wij?']);
});

test('table rows are never headings; Chinese, Korean and Portuguese headings; "Sobre X" names the company', () => {
  const md = ['## What we are looking for', '', '| Skill | Level |', '|---|---|', '| Terraform | Required |', '| Kafka | Nice to have |'].join('\n');
  assert.deepEqual(outline(md, extractSections(md, { format: 'markdown' }).sections), ['requirements: What we are looking for']);
  const plain = md.replace('## ', '');
  assert.deepEqual(outline(plain, extractSections(plain, { format: 'text' }).sections), ['requirements: What we are looking for']);
  const zh = ['岗位职责：', '1、负责实时数仓建设', '', '任职要求：', '1、3年以上大数据开发经验', '', '加分项：', '1、熟悉 Kubernetes', '', '福利待遇：', '1、六险一金'].join('\n');
  assert.deepEqual(outline(zh, extractSections(zh, { format: 'text' }).sections), ['responsibilities: 岗位职责', 'requirements: 任职要求', 'preferred: 加分项', 'benefits: 福利待遇']);
  const ko = ['주요업무', '• Android 앱 개발', '', '자격요건', '• Kotlin 경력 3년 이상', '', '우대사항', '• Jetpack Compose 경험', '', '혜택 및 복지', '• 점심 식대 지원'].join('\n');
  assert.deepEqual(outline(ko, extractSections(ko, { format: 'text' }).sections), ['responsibilities: 주요업무', 'requirements: 자격요건', 'preferred: 우대사항', 'benefits: 혜택 및 복지']);
  const pt = ['Sobre a Rotaleve', 'A Rotaleve conecta transportadoras e embarcadores em todo o Brasil desde 2019.', '', 'Requisitos', '• Experiência com Cypress', '', 'Diferenciais', '• Experiência com k6'].join('\n');
  assert.deepEqual(outline(pt, extractSections(pt, { format: 'text' }).sections), ['company: Sobre a Rotaleve', 'requirements: Requisitos', 'preferred: Diferenciais']);
});

test('plain text: a paragraph that opens with a section\'s name and a colon starts that section; "Name: qualifier" headings; Italian headings', () => {
  const text = [
    'About Southerly: Southerly Mutual is a member-owned health insurer looking after 640,000 Australians.',
    '',
    'Responsibilities include: building guardrails in our AWS organisation; reviewing Terraform pull requests.',
    '',
    'The ideal candidate has: at least five years in security engineering; a working knowledge of AWS IAM.',
    '',
    'Location: Melbourne, hybrid (two days a week in the office at 500 Collins Street)',
    '',
    'Salary: The base range for this role is A$150,000 to A$175,000 plus superannuation.',
  ].join('\n');
  assert.deepEqual(outline(text, extractSections(text, { format: 'text' }).sections), [
    'company: About Southerly',
    'responsibilities: Responsibilities include',
    'requirements: The ideal candidate has',
    'compensation: Salary',
  ]);
  // Inside a list, or short, "Label: text" stays a label.
  const list = 'Requirements\n- 5+ years of Go\nBonus: Kafka\n- Strong communication\n';
  assert.deepEqual(outline(list, extractSections(list, { format: 'text' }).sections), ['requirements: Requirements']);

  const qualified = ["What you'll need: commercial", '- 3+ years in a customer-facing technical role', '', "What you'll need: technical", '- SQL and one scripting language', '', 'Education: Bachelor\'s', 'Experience: 3 years'].join('\n');
  assert.deepEqual(
    outline(qualified, extractSections(qualified, { format: 'text' }).sections).filter((l) => !l.includes('"')),
    ["requirements: What you'll need: commercial", "requirements: What you'll need: technical"],
  );

  const it = ['Chi siamo', 'Officine Valsamoggia progetta macchine automatiche da oltre 70 anni.', '', 'Cosa farai', '- Svilupperai modelli di manutenzione predittiva', '', 'Requisiti', '- Almeno 2 anni di esperienza come Data Scientist', '', 'Costituisce un plus', '- Esperienza con MLflow', '', 'Cosa offriamo', '- Buoni pasto'].join('\n');
  const r = extractSections(it, { format: 'text' });
  assert.deepEqual(outline(it, r.sections), ['company: Chi siamo', 'responsibilities: Cosa farai', 'requirements: Requisiti', 'preferred: Costituisce un plus', 'benefits: Cosa offriamo']);
});

test('Polish and Swedish headings', () => {
  const pl = ['O nas', 'Projektujemy inteligentne wodomierze od 2009 roku dla wodociągów w całej Polsce.', '', 'Obowiązki', '• rozwój firmware\'u w C', '', 'Wymagania', '• min. 3 lata doświadczenia w embedded C', '', 'Mile widziane', '• Python', '', 'Oferujemy', '• prywatna opieka medyczna'].join('\n');
  assert.deepEqual(outline(pl, extractSections(pl, { format: 'text' }).sections), ['company: O nas', 'responsibilities: Obowiązki', 'requirements: Wymagania', 'preferred: Mile widziane', 'benefits: Oferujemy']);
  const sv = ['Om oss', 'Mälarkraft levererar el och fjärrvärme till 180 000 hushåll i Mälardalen.', '', 'Arbetsuppgifter', '- Övervaka larm i vår SIEM', '', 'Vi söker dig som', '- har minst tre års erfarenhet av säkerhetsarbete', '', 'Meriterande', '- Certifieringar som OSCP', '', 'Vi erbjuder', '- Friskvårdsbidrag'].join('\n');
  assert.deepEqual(outline(sv, extractSections(sv, { format: 'text' }).sections), ['company: Om oss', 'responsibilities: Arbetsuppgifter', 'requirements: Vi söker dig som', 'preferred: Meriterande', 'benefits: Vi erbjuder']);
});

test('a blog post\'s bold lead-ins ("**What you\'d work on.** We …") and a government posting\'s headings', () => {
  const md = [
    'Wind Forecasting ML Engineer',
    '',
    "**What you'd work on.** You will own the day-ahead forecast models that our traders rely on every morning.",
    '',
    "**What we're looking for.** At least three years of Python and a feel for weather data and forecast error.",
    '',
    '**Nice, but not necessary.** Experience with Dagster, xarray or numerical weather prediction output files.',
    '',
    'We **not** only build models; we run them.',
  ].join('\n');
  assert.deepEqual(outline(md, extractSections(md, { format: 'markdown' }).sections).filter((l) => !l.includes('"')), [
    "responsibilities: What you'd work on",
    "requirements: What we're looking for",
    'preferred: Nice, but not necessary',
  ]);
  const gc = ['Essential qualifications', 'Education: a degree in computer science', '', 'Asset qualifications', 'Experience with Kubernetes', '', 'Personal suitability', 'Judgement and initiative', '', 'Information you must provide', 'Your résumé.'].join('\n');
  assert.deepEqual(outline(gc, extractSections(gc, { format: 'text' }).sections).map((l) => l.trim()), ['requirements: Essential qualifications', 'preferred: Asset qualifications', 'requirements: Personal suitability', 'process: Information you must provide']);
});

test('headings with a dash and a summary, outline numbers, chat headings, and Indonesian, Turkish and Vietnamese headings', () => {
  const dash = ['Responsibilities — what your week looks like', '- Design live events', '', 'Must-Haves — what we need from you on day one', '- SQL and Python', '', 'Nice-To-Haves — what would make your first month easier', '- Unity'].join('\n');
  assert.deepEqual(outline(dash, extractSections(dash, { format: 'text' }).sections), [
    'responsibilities: Responsibilities — what your week looks like',
    'requirements: Must-Haves — what we need from you on day one',
    'preferred: Nice-To-Haves — what would make your first month easier',
  ]);
  const doc = ['2. The Role', '2.1 Team', 'You will report to the OT Security Lead and work with the SOC.', '2.2 Responsibilities', '\t●\tDesign network segmentation', '3.1 Must have', '\t●\tFive years in OT security'].join('\n');
  assert.deepEqual(outline(doc, extractSections(doc, { format: 'text' }).sections).map((l) => l.trim()), ['about: The Role', 'team: Team', 'responsibilities: Responsibilities', 'requirements: Must have']);
  const chat = ['📌 *Company ke baare mein:*', 'Hum ek edtech startup hain, Indore mein.', '', '✅ *Must have:*', '- Flutter mein 1 saal ka kaam', '', '⭐ *Good to have (bonus points):*', '- Firebase'].join('\n');
  assert.deepEqual(outline(chat, extractSections(chat, { format: 'text' }).sections), ['company: 📌 Company ke baare mein', 'requirements: ✅ Must have', 'preferred: ⭐ Good to have (bonus points)']);
  const terse = ['Scope', 'Migrate pipelines to AKS.', '', 'Must', 'Azure DevOps, Terraform', '', 'Nice', 'Helm'].join('\n');
  assert.deepEqual(outline(terse, extractSections(terse, { format: 'text' }).sections), ['responsibilities: Scope', 'requirements: Must', 'preferred: Nice']);
  const id = ['Tentang Kami', 'Kami membangun sistem visi komputer untuk perkebunan kelapa sawit di Riau.', '', 'Tanggung Jawab', '- Melatih model deteksi', '', 'Kualifikasi', '- Pengalaman minimal 2 tahun', '', 'Nilai Tambah', '- Docker'].join('\n');
  assert.deepEqual(outline(id, extractSections(id, { format: 'text' }).sections), ['company: Tentang Kami', 'responsibilities: Tanggung Jawab', 'requirements: Kualifikasi', 'preferred: Nilai Tambah']);
});

test('headings glued into scraped text', () => {
  const text = 'We move fast and more.Why Join UsCreation is the core.Responsibilities:- Responsible for A.- Responsible for B.QualificationsMinimum Qualifications- Bachelor\'s degree- 3 years of Go.D&I StatementAcme is committed to inclusion.';
  const r = extractSections(text);
  assert.deepEqual(outline(text, r.sections), ['about: "We move fast"', 'company: Why Join Us', 'responsibilities: Responsibilities', 'requirements: Qualifications', '  requirements: Minimum Qualifications', 'legal: D&I Statement']);
  assert.deepEqual(find(r.sections, 'Responsibilities').items.map((i) => [i.bullet, i.text]), [
    ['-', 'Responsible for A.'],
    ['-', 'Responsible for B.'],
  ]);
  assert.deepEqual(find(r.sections, 'Minimum Qualifications').items.map((i) => i.text), ["Bachelor's degree", '3 years of Go.']);
});

test('flattened pages: a label after a plain space opens a run of bullets only when its colon closes it', () => {
  // Two labels on one line: the second is found after the first one's colon.
  const two = 'We build data systems with engineering Qualifications: • 5+ years of Go • Kubernetes and our Benefits: • health cover • pension';
  const r = extractSections(two, { format: 'text' });
  assert.deepEqual(r.sections.map((s) => [s.title, s.kind]), [
    ['', 'about'],
    ['Qualifications', 'requirements'],
    ['Benefits', 'benefits'],
  ]);
  assert.deepEqual(find(r.sections, 'Benefits').items.map((i) => i.text), ['health cover', 'pension']);
  // Many capitalised words before the label, none of them one.
  const late = 'We work With Many Teams Across The Company And Other Groups In Every Region, with engineering Qualifications: • 5+ years of Go';
  assert.deepEqual(extractSections(late, { format: 'text' }).sections.map((s) => s.title), ['', 'Qualifications']);
  // A longer label: its colon 24 characters after the label starts.
  const long = 'You will build data systems with our engineering teams Preferred Qualifications: • 5+ years of Go';
  assert.deepEqual(extractSections(long, { format: 'text' }).sections.map((s) => [s.title, s.kind]), [
    ['', 'about'],
    ['Preferred Qualifications', 'preferred'],
  ]);
  // A colon further away than a heading is long ends no heading; neither does a line without one.
  for (const text of ['We build data systems with engineering Qualifications of every kind and many more things that are listed here: • 5+ years', 'We build data systems with engineering Qualifications • 5+ years of Go']) {
    assert.deepEqual(extractSections(text, { format: 'text' }).sections.map((s) => s.title), [''], text);
  }
});

test('bullets run together on one line', () => {
  const text = 'RequirementsExperience you need• 5 years of Go• Kubernetes ▪ Terraform\nBenefits\nPython • Go';
  const r = extractSections(text);
  assert.deepEqual(find(r.sections, 'Requirements').items.map((i) => [i.bullet, i.text]), [
    [null, 'Experience you need'],
    ['•', '5 years of Go'],
    ['•', 'Kubernetes'],
    ['▪', 'Terraform'],
  ]);
  assert.deepEqual(find(r.sections, 'Benefits').items.map((i) => [i.bullet, i.text]), [
    [null, 'Python'],
    ['•', 'Go'],
  ]);
});

test('plain text: shape-based headings, but not bullets, sentences, metadata or lists', () => {
  const text = [
    'Acme Corp',
    '',
    'LIFE AT ACME',
    'We are a friendly bunch of people who like building things.',
    '',
    'Our Stack:',
    '- TypeScript',
    '',
    'Full-time',
    'Seattle, Washington',
    '',
    'Tooling Deep Dive',
    'Most days you will be working with our build system and its many caches.',
    'Python',
    'Rust',
    'Go',
  ].join('\n');
  const r = extractSections(text);
  assert.deepEqual(outline(text, r.sections), ['about: "Acme Corp\\n\\nL"', 'company: LIFE AT ACME', 'skills: Our Stack', 'other: Tooling Deep Dive']);
  assert.deepEqual(find(r.sections, 'Our Stack').items.map((i) => i.text), ['TypeScript', 'Full-time', 'Seattle, Washington']);
});

test('items: lettered and roman lists, hard-wrapped paragraphs, abbreviations', () => {
  const text = [
    'Duties',
    '(a) Prepare reports.',
    '(b) Review code.',
    'i. First',
    'ii. Second',
    '',
    'About the role',
    'This paragraph is wrapped at a fixed width so that',
    'it continues on the next line, e.g. like this. Then a second sentence follows.',
  ].join('\r\n');
  const r = extractSections(text);
  assert.deepEqual(find(r.sections, 'Duties').items.map((i) => `${i.bullet} ${i.text}`), ['(a) Prepare reports.', '(b) Review code.', 'i. First', 'ii. Second']);
  assert.deepEqual(find(r.sections, 'About the role').items.map((i) => i.text), [
    'This paragraph is wrapped at a fixed width so that it continues on the next line, e.g. like this.',
    'Then a second sentence follows.',
  ]);
});

test('an untitled section takes its kind from its content', () => {
  const text = 'Acme is an equal opportunity employer. We provide reasonable accommodations.\n\nResponsibilities\n- Build';
  assert.deepEqual(outline(text, extractSections(text).sections), ['legal: "Acme is an e"', 'responsibilities: Responsibilities']);
  assert.equal(extractSections('We build rockets.').sections[0]!.kind, 'about');
});

test('odd inputs: empty, whitespace, no headings, BOM', () => {
  assert.deepEqual(extractSections(''), { format: 'text', sections: [], title: null, company: null });
  assert.deepEqual(extractSections(' \n\t\r\n ').sections, []);
  assert.deepEqual(extractSections(undefined as unknown as string).sections, []);
  const r = extractSections('\uFEFFJust one line of text.');
  assert.equal(r.sections.length, 1);
  assert.deepEqual(r.sections[0]!.items[0]!.span, { start: 1, end: 23 });
  assert.equal(r.sections[0]!.kind, 'about');
});

// Their speed (10× the text in about 10× the time) is measured by `npm run bench` ("linearity").
test('5 MB of postings and a 1 MB single line: sections inside the text', () => {
  const all = readdirSync(path.join(root, 'seeds')).map((f) => readFileSync(path.join(root, 'seeds', f), 'utf8')).join('\n');
  const big = all.repeat(Math.ceil(5_000_000 / all.length));
  const line = seed('001').replace(/\n/g, ' ').repeat(220).slice(0, 1_000_000);
  for (const text of [big, line]) {
    const { sections } = extractSections(text);
    assert.ok(sections.length > 0);
    assert.ok(sections.every((s) => s.span.start >= 0 && s.span.end <= text.length && s.span.start <= s.span.end));
  }
});

test('Markdown over 50 kB: the line scanner finds the same headings, skips fences and front matter', () => {
  const block = '## Responsibilities\n\n- Build things\n\n**Nice to have:**\n\n- Rust\n\n```\n## not a heading\n```\n\n';
  const small = '---\ntitle: Data Engineer\n---\nIntro.\n\n' + block;
  const big = '---\ntitle: Data Engineer\n---\nIntro.\n\n' + block.repeat(Math.ceil(60_000 / block.length));
  const r = extractSections(big);
  assert.equal(r.format, 'markdown');
  const smallOutline = outline(small, extractSections(small).sections);
  assert.deepEqual(outline(big, r.sections).slice(0, smallOutline.length), smallOutline);
  assert.equal(flat(r.sections).filter((s) => s.title === 'Responsibilities').length, Math.ceil(60_000 / block.length));
  assert.ok(!flat(r.sections).some((s) => s.title === 'not a heading'));
  assert.equal(r.sections[0]!.span.start, big.indexOf('Intro.'));
});

test('Markdown: job-board debris pasted into a Markdown file is noise', () => {
  const md = '# Platform Engineer\n\nApply\nSave\nShow more options\nWe build platforms.\n\n## Requirements\n\n- Go\n';
  const r = extractSections(md);
  assert.deepEqual(outline(md, r.sections), ['other: Platform Engineer', '  noise: "Apply\\nSave\\nS"', '  about: "We build pla"', '  requirements: Requirements']);
});

test('the seeds and the corpus read the same with CRLF, lone CR, a BOM, NBSPs and zero-width spaces', () => {
  const dir = path.join(root, 'test/fixtures/corpus');
  const files = [
    ...readdirSync(path.join(root, 'seeds')).map((f) => path.join(root, 'seeds', f)),
    ...readdirSync(dir).flatMap((d) => readdirSync(path.join(dir, d)).filter((f) => f.startsWith('input.')).map((f) => path.join(dir, d, f))),
  ];
  const shape = (list: Section[]): unknown => list.map((s) => [s.title, s.kind, s.items.map((i) => i.text), shape(s.children)]);
  for (const f of files) {
    const lf = readFileSync(f, 'utf8').replace(/\r\n/g, '\n');
    const a = extractSections(lf, { fileName: f });
    for (const variant of ['\uFEFF' + lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), lf.replace(/ /g, '\u00a0'), lf.replace(/\n/g, '\u200b\n')]) {
      const b = extractSections(variant, { fileName: f });
      assert.deepEqual(shape(b.sections), shape(a.sections), f);
      assert.deepEqual([b.title, b.company], [a.title, a.company], f);
    }
  }
});

test('plain-text postings saved as .md read the same as text (paragraphs and lists are text to the heading detector)', () => {
  const dir = path.join(root, 'test/fixtures/corpus');
  const files = [
    ...readdirSync(path.join(root, 'seeds')).map((f) => path.join(root, 'seeds', f)),
    ...readdirSync(dir).flatMap((d) => readdirSync(path.join(dir, d)).filter((f) => f === 'input.txt').map((f) => path.join(dir, d, f))),
  ];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const asText = outline(text, extractSections(text, { format: 'text' }).sections).map((l) => l.trim());
    const asMarkdown = outline(text, extractSections(text, { fileName: 'posting.md' }).sections).map((l) => l.trim());
    assert.deepEqual(asMarkdown, asText, f);
  }
});

test('numbered headings in capitals open sections even when their words name none; the next line may carry an outline number', () => {
  const text = [
    'Research Engineer (Instrumentation)',
    '',
    '2. PURPOSE OF THE POST',
    'The incumbent will be responsible for the embedded control electronics of the receiver systems.',
    '',
    '3. KEY PERFORMANCE AREAS',
    '3.1 Design, implement and maintain firmware in C for ARM microcontrollers running FreeRTOS.',
    '3.2 Interface sensors over I2C, SPI and UART, and integrate them with the control network.',
    '',
    '5. CONDITIONS OF SERVICE',
    'The University offers a competitive package with a retirement fund and a medical aid subsidy.',
    '',
    '7. GENERAL',
    'The University reserves the right not to make an appointment and will contact shortlisted candidates.',
  ].join('\n');
  const titled = flat(extractSections(text).sections).filter((s) => s.title);
  assert.deepEqual(
    titled.map((s) => [s.title, s.kind]),
    [
      ['PURPOSE OF THE POST', 'about'],
      ['KEY PERFORMANCE AREAS', 'responsibilities'],
      ['CONDITIONS OF SERVICE', 'benefits'],
      ['GENERAL', 'other'],
    ],
  );
  // A numbered item in sentence case that names no section stays an item.
  const list = extractSections('Requirements\n1. Fluent English and a valid passport\n\nWe hire in three steps and reply within a week to every applicant.').sections;
  assert.deepEqual(flat(list).filter((s) => s.title).map((s) => s.title), ['Requirements']);
});

test('heading phrasings of recruiters and careers pages: sentences about the client, asides in brackets, "it would also help if"', () => {
  const kinds = (text: string) => titledKinds(text);
  assert.deepEqual(classifyHeading('A bit about the client'), 'company');
  assert.deepEqual(classifyHeading('What you would be working on'), 'responsibilities');
  assert.deepEqual(classifyHeading('What they need from you'), 'requirements');
  assert.deepEqual(classifyHeading('What we look for'), 'requirements');
  assert.deepEqual(classifyHeading('The gig'), 'about');
  assert.deepEqual(classifyHeading('It would also help if'), 'preferred');
  assert.deepEqual(
    kinds('Extra credit\n- You have shipped an LLM feature to paying customers.\n\nOur stack (today, it changes)\nPython 3.12 · FastAPI · PostgreSQL + pgvector · Redis · AWS · Docker · Terraform\n'),
    [
      ['Extra credit', 'preferred'],
      ['Our stack (today, it changes)', 'skills'],
    ],
  );
  // A bracketed list after words that name no section is still a list line.
  assert.deepEqual(kinds('Requirements\n- Go\n\nJava (Spring, Hibernate)\nWe use them for the billing services and the ledger of the company.\n'), [['Requirements', 'requirements']]);
  assert.deepEqual(
    kinds('What we are looking for\nAt least six years of network engineering, two of them in a lead role.\n\nIt would also help if\nExperience with industrial networks would be a strong advantage, as would Python.\n'),
    [
      ['What we are looking for', 'requirements'],
      ['It would also help if', 'preferred'],
    ],
  );
});

test('HTML source pasted as text: headings and list items read as the page showed them, ranges in the original', () => {
  const text = [
    '<div class="job">',
    '<h1 class="title">Senior Android Engineer</h1>',
    '<h2>What you&rsquo;ll do</h2>',
    '<ul>',
    '<li><strong>Architecture:</strong> lead the migration to Jetpack Compose</li>',
    '<li>Release through GitHub Actions &amp; fastlane</li>',
    '</ul>',
    '<h2>What we&rsquo;re looking for</h2>',
    '<h3>Must-haves</h3>',
    '<ul><li>5+ years of Android development in Kotlin</li></ul>',
    '<h3>Nice-to-haves</h3>',
    '<ul><li>Offline-first sync with Room</li></ul>',
    '</div>',
  ].join('\n');
  const r = extractSections(text);
  assert.equal(r.title, 'Senior Android Engineer');
  const titled = flat(r.sections).filter((s) => s.title);
  assert.deepEqual(
    titled.map((s) => [s.title, s.kind]),
    [
      ['What you’ll do', 'responsibilities'],
      ['What we’re looking for', 'requirements'],
      ['Must-haves', 'requirements'],
      ['Nice-to-haves', 'preferred'],
    ],
  );
  const doing = titled[0]!;
  assert.deepEqual(
    doing.items.map((i) => i.text),
    ['Architecture: lead the migration to Jetpack Compose', 'Release through GitHub Actions & fastlane'],
  );
  assert.equal(text.slice(doing.headingSpan.start, doing.headingSpan.end), 'What you&rsquo;ll do');
  assert.ok(text.slice(doing.items[1]!.span.start, doing.items[1]!.span.end).startsWith('Release through GitHub'));
  // Prose that mentions a tag or two is not HTML source.
  const prose = 'Requirements\n- Comfortable with <div> and <span> layouts\n- Knows when to use <ul> vs <ol>\n';
  assert.deepEqual(flat(extractSections(prose).sections)[0]!.items.map((i) => i.text), ['Comfortable with <div> and <span> layouts', 'Knows when to use <ul> vs <ol>']);
});

test('community and wiki formats: Discord bold headings, chat time stamps, Notion toggles, question headings over sub-headings, a heading between two lists', () => {
  const titles = (text: string) => titledKinds(text);
  assert.deepEqual(
    titles('hey all! we are hiring a QA automation engineer for our co-op survival game, details below\n\n🚀 **What you\'ll do**\n• build automated tests inside Unreal\n• keep the nightly smoke tests green\n\n(1/2)\n[2:08 PM]\n(2/2)\n🧠 **What you bring**\n• 3+ yrs in QA automation\n• C++ and Python\n'),
    [
      ["🚀 What you'll do", 'responsibilities'],
      ['🧠 What you bring', 'requirements'],
    ],
  );
  assert.deepEqual(
    titles('## Requirements\n\n- ▸ Must-haves\n    - 3+ years as an ML engineer\n    - Strong Python and PyTorch\n- ▸ Your first month\n    - Ship one improvement to the receipt model\n'),
    [
      ['Requirements', 'requirements'],
      ['Must-haves', 'requirements'],
      ['Your first month', 'responsibilities'],
    ],
  );
  // A list item with a triangle as its only marker is an item.
  assert.deepEqual(titles('Requirements\n▸ Python and SQL\n▸ Airflow\n'), [['Requirements', 'requirements']]);
  assert.deepEqual(
    titles('What will you do?\nYou will run our computer vision models on trains across Austria and keep them healthy.\n\nWho are we looking for?\nMust-haves:\n- 3+ years of MLOps\n\nHow do we hire?\nA call, a take-home task and a visit to the depot in Vienna.\n'),
    [
      ['What will you do?', 'responsibilities'],
      ['Who are we looking for?', 'requirements'],
      ['Must-haves', 'requirements'],
      ['How do we hire?', 'process'],
    ],
  );
  assert.deepEqual(
    titles('Requirements\n• Playwright or Cypress\n• Docker\nOur benefits\n• Defined benefit pension plan\n• Four weeks of vacation\n'),
    [
      ['Requirements', 'requirements'],
      ['Our benefits', 'benefits'],
    ],
  );
  // A short line between two lists that names no section stays an item of the first list's paragraph.
  assert.deepEqual(titles('Requirements\n• Playwright or Cypress\n• Docker\nKotlin Multiplatform\n• Swift\n'), [['Requirements', 'requirements']]);
});

test('round 11 phrasings: UK civil service headings, founders and research labs, a heading glued to a number', () => {
  const titles = (text: string) => titledKinds(text);
  for (const [title, kind] of [
    ['Behaviours', 'requirements'],
    ['Things you need to know', 'other'],
    ['Selection process details', 'process'],
    ['Contact point for applicants', 'process'],
    ['Application', 'process'],
    ["Who I'm looking for", 'requirements'],
    ['Money and the rest', 'compensation'],
    ['Are you a match?', 'requirements'],
    ['We expect you to have', 'requirements'],
    ['It is an advantage if you have', 'preferred'],
    ['Good to have skills', 'preferred'],
    ['Employment equity', 'legal'],
  ] as const) {
    assert.equal(classifyHeading(title), kind, title);
  }
  assert.deepEqual(
    titles('Things you need to know\nSelection process details\nThis vacancy is using Success Profiles and will assess your behaviours and experience.\n'),
    [
      ['Things you need to know', 'other'],
      ['Selection process details', 'process'],
    ],
  );
  assert.deepEqual(
    titles("Cape Town · HybridAbout usWe insure homes across the Western Cape.What you'll doDesign test plans for our apps.What we're looking for3+ years of experience in software testing.Employment equityWe are an equal opportunity employer."),
    [
      ['About us', 'company'],
      ["What you'll do", 'responsibilities'],
      ["What we're looking for", 'requirements'],
      ['Employment equity', 'legal'],
    ],
  );
});

test('round 12 phrasings: translated headings, "Differentials" and "Advantages", a list that names a role is still content', () => {
  for (const [title, kind] of [
    ['Differentials', 'preferred'],
    ['Advantages', 'preferred'],
    ['Welcome Skills', 'preferred'],
    ['Your missions', 'responsibilities'],
    ['Job Content', 'responsibilities'],
    ['Treatment and Welfare', 'benefits'],
    ['Development Environment', 'skills'],
    ['You need', 'requirements'],
    ['The studio', 'company'],
  ] as const) {
    assert.equal(classifyHeading(title), kind, title);
  }
  const titled = flat(extractSections('Intro paragraph that says what the company does for its customers.\n\nWhy you should join\n- You would be security hire one, reporting to the CTO\n- Our customers answer to two regulators\n').sections).filter((s) => s.title);
  assert.deepEqual(titled.map((s) => [s.title, s.kind]), [['Why you should join', 'benefits']]); // a list: what the job offers
});

test('an emoji that doubles as a list marker before a section name is a heading; job-board "Similar Jobs (4)" is debris', () => {
  const titled = flat(extractSections('Intro paragraph about the company and its customers in three countries.\n\n💡 The role\nYou will join Settlements, a squad of five backend engineers and a product manager in Porto.\n\n✅ What we are looking for\n• 4+ years of experience as a backend developer\n• Solid experience with Spring Boot\n').sections).filter((s) => s.title);
  assert.deepEqual(titled.map((s) => [s.title, s.kind]), [['💡 The role', 'about'], ['✅ What we are looking for', 'requirements']]);
  // The same emoji before list items that name no section: items.
  const list = flat(extractSections('Requirements\n\n✅ Python and SQL\n✅ Airflow in production\n').sections).filter((s) => s.title);
  assert.deepEqual(list.map((s) => s.title), ['Requirements']);
  assert.equal(flat(extractSections('Apply now and join us.\n\nSimilar Jobs (4)\nCloud Security Engineer\n').sections).some((s) => s.kind === 'noise'), true);
  assert.equal(classifyHeading('Schedule'), 'other');
});

test('a job board\'s list of other jobs is debris up to the next heading; lead-ins that end in "if you"; "What you don\'t need"', () => {
  const text = 'Benefits\n• Pension plan\n• Four weeks of vacation\n\nSimilar Jobs (4)\nManager, Data Engineering\nlocations\nVancouver, BC\nposted on\nPosted 10 Days Ago\nSenior Site Reliability Engineer\nlocations\n2 Locations\n';
  const r = extractSections(text);
  const debris = flat(r.sections).filter((s) => s.kind === 'noise');
  assert.ok(debris.some((s) => text.slice(s.span.start, s.span.end).includes('Manager, Data Engineering')), outline(text, r.sections).join('\n'));
  assert.ok(debris.some((s) => text.slice(s.span.start, s.span.end).includes('Senior Site Reliability Engineer')));
  // "Similar Jobs (4)" heads the debris: a noise section with that title.
  assert.deepEqual(flat(r.sections).filter((s) => s.title).map((s) => [s.title, s.kind]), [['Benefits', 'benefits'], ['Similar Jobs (4)', 'noise']]);
  const titled = (t: string) => titledKinds(t);
  assert.deepEqual(
    titled("Intro paragraph about the product and the people who use it every day.\n\nYou'll probably be a good fit if you\n- have shipped iOS apps in Swift for four years\n- care about accessibility\n\nWhat you don't need\n- a computer science degree\n"),
    [
      ["You'll probably be a good fit if you", 'requirements'],
      ["What you don't need", 'other'],
    ],
  );
  // A sentence of the same length that ends properly stays a paragraph.
  assert.deepEqual(titled('Intro paragraph about the product and the people who use it every day.\n\nYou will probably be a good fit for this team\n- have shipped iOS apps\n'), []);
});

test('LinkedIn "bold" headings written in mathematical letters read as their plain letters', () => {
  const text = 'Intro paragraph about the company, its customers and its offices.\n\n𝗪𝗵𝗮𝘁 𝘄𝗲 𝗲𝘅𝗽𝗲𝗰𝘁\n✅ 5+ years of commercial experience in frontend development\n✅ TypeScript and React\n\n𝗪𝗵𝗮𝘁 𝘄𝗲 𝗼𝗳𝗳𝗲𝗿\n💻 A laptop of your choice\n';
  const titled = flat(extractSections(text).sections).filter((s) => s.title);
  assert.deepEqual(titled.map((s) => [s.title, s.kind]), [['𝗪𝗵𝗮𝘁 𝘄𝗲 𝗲𝘅𝗽𝗲𝗰𝘁', 'requirements'], ['𝗪𝗵𝗮𝘁 𝘄𝗲 𝗼𝗳𝗳𝗲𝗿', 'benefits']]);
});

test('"Why join us" / "Why Acme?" is what the job offers, unless it is prose that hardly names a perk', () => {
  const kindOf = (text: string) => flat(extractSections(text).sections).find((s) => /^why/i.test(s.title))?.kind;
  assert.equal(kindOf('Why join us\n- Pension and health insurance\n- Six weeks of vacation\n- A conference budget\n'), 'benefits');
  assert.equal(kindOf('Why join us\nCreation is the core of our purpose. Our platform is built to help imaginations thrive. Together, we inspire creativity.\n'), 'company');
  // A list that is not all bullets (emoji lines, a closing sentence) and prose that names perks are offers too.
  assert.equal(kindOf('Requirements\n- Python\n\nWHY SECONDA\n💰 RAL €70,000 - €90,000 + annual bonus\n🏠 Hybrid: 2 days a week in the office\n🍽️ Meal vouchers and health insurance\n'), 'benefits');
  assert.equal(kindOf('Requirements\n- Python\n\nWhy Loomsense?\nYour models run on real machines. We offer family health insurance and annual ESOP grants.\n'), 'benefits');
  // Why the company exists is its story; why it is hiring, the role's.
  assert.equal(kindOf('Requirements\n- Python\n\nWhy we started Ledgerloaf\nA typical independent restaurant gets 60 to 200 supplier invoices a month.\n'), 'company');
  assert.equal(kindOf("Requirements\n- Python\n\nWhy we're hiring now\nOur second region opens in March.\n"), 'about');
});

test('Teamtailor-style emoji headings, with or without a marker emoji; lead-ins ending in "if you also have"', () => {
  const titled = (text: string) => titledKinds(text);
  assert.deepEqual(
    titled("Intro paragraph about the company and the app that drivers use every day.\n\n🙋 Who we think you are\n- 3+ years of iOS development in Swift\n\n➕ It's a bonus if you\n- have shipped an app with accessibility in mind\n\n📍 Good to know\nStart: as soon as possible. Extent: full time, permanent.\n"),
    [
      ['🙋 Who we think you are', 'requirements'],
      ["➕ It's a bonus if you", 'preferred'],
      ['📍 Good to know', 'other'],
    ],
  );
  assert.deepEqual(
    titled("Intro paragraph about the company and the app that drivers use every day.\n\nIt's great if you also have\n- experience with Kotlin Multiplatform\n"),
    [["It's great if you also have", 'preferred']],
  );
  // An emoji list after a blank line whose first item names no section stays a list.
  assert.deepEqual(titled('We offer:\n\n🏝 Six weeks of paid vacation\n🚲 A bike to work\n'), [['We offer', 'benefits']]);
});

test('SmartRecruiters\' "Additional Information" over a perks sub-heading is benefits; agency and LinkedIn headings', () => {
  const kinds = (t: string) => titledKinds(t);
  const wrapper = 'Job Description\nYou will build forecasting models for 900 stores.\n\nAdditional Information\n\nWhat we offer:\n- A pension scheme and health insurance\n- A yearly learning budget\n';
  assert.deepEqual(kinds(wrapper), [['Job Description', 'about'], ['Additional Information', 'benefits'], ['What we offer', 'benefits']]);
  // Over another sub-heading it stays what it was.
  const other = 'Job Description\nYou will build forecasting models for 900 stores.\n\nAdditional Information\n\nHow to apply:\n- Send your CV and a short note\n- We reply within a week\n';
  assert.deepEqual(kinds(other).map(([t, k]) => [t, k]).slice(1, 2), [['Additional Information', 'other']]);
  assert.equal(classifyHeading('The background'), 'about');
  assert.equal(classifyHeading('Ready to apply?'), 'process');
  assert.equal(classifyHeading('Why you might not want to join'), 'other');
});

test('a heading that trails off into its list ("Extra points if..."); question headings of LinkedIn postings', () => {
  const text = 'Intro paragraph about the company, its customers and its offices.\n\nWhat are we looking for?\n✔️ 3+ years of experience in QA\n✔️ Basic SQL\n\nExtra points if...\n⭐ You have done performance testing\n⭐ You have an ISTQB certification\n';
  const titled = flat(extractSections(text).sections).filter((s) => s.title);
  assert.deepEqual(titled.map((s) => [s.title, s.kind]), [['What are we looking for?', 'requirements'], ['Extra points if...', 'preferred']]);
  // A sentence that trails off is no heading unless it names a section.
  assert.deepEqual(flat(extractSections('Intro paragraph about the company.\n\nAnd then there was more...\n- one\n- two\n').sections).filter((s) => s.title), []);
});

test('round 19: "&" reads as "and"; an aside in brackets after a heading; an emoji sub-heading right under its heading', () => {
  assert.equal(classifyHeading('Role & responsibilities'), 'responsibilities');
  assert.equal(classifyHeading('YOUR ROLE & RESPONSIBILITIES'), 'responsibilities');
  assert.equal(classifyHeading("What you'll need to succeed"), 'requirements');
  assert.equal(classifyHeading('Preferred candidate profile'), 'requirements');
  assert.equal(classifyHeading('Land acknowledgement'), 'company');
  assert.equal(classifyHeading('Your application'), 'process');
  // The words before the aside decide, even where the whole would say otherwise.
  assert.equal(classifyHeading("Our stack (you don't need to know all of it)"), 'skills');
  assert.equal(classifyHeading('Requirements (nice-to-haves are marked)'), 'requirements');
  assert.deepEqual(titledText('Intro paragraph about the company and its product.\n\nNice to have\n- Terraform\n- Kubernetes\n\nOur stack (you don\'t need to know all of it)\nKotlin · Java 21 · Spring Boot · PostgreSQL\n\nWhat we offer\n- Hybrid work\n- Bonus\n'), [
    ['Nice to have', 'preferred'],
    ["Our stack (you don't need to know all of it)", 'skills'],
    ['What we offer', 'benefits'],
  ]);
  // A long line ending in brackets is still no heading when the words before them name nothing.
  assert.deepEqual(titledText('Intro paragraph about the company and its product.\n\nWe ship every single day (and sometimes twice)\n- Kotlin\n'), []);
  const wttj = 'Job description\nWe build the booking app of 64 ski resorts.\n\nPreferred experience\n✅ Must have\n- At least 3 years of experience in QA\n- Basic SQL\n\n➕ Nice to have\n- Load testing with k6\n';
  assert.deepEqual(titledText(wttj), [
    ['Job description', 'about'],
    ['Preferred experience', 'requirements'],
    ['✅ Must have', 'requirements'],
    ['➕ Nice to have', 'preferred'],
  ]);
  // Right after a line of text, an emoji line is a list item, as before.
  assert.deepEqual(titledText('We offer:\nSome words first.\n✅ Must have\n- SQL\n'), [['We offer', 'benefits']]);
});

test('Welcome to the Jungle\'s "Preferred experience" holds the requirements only where no other section does', () => {
  const kindOf = (text: string) => flat(extractSections(text, { format: 'text' }).sections).find((s) => s.title === 'Preferred experience')?.kind;
  assert.equal(kindOf('Job description\nWe build the booking app of 64 ski resorts.\n\nPreferred experience\n- 3+ years of QA\n- Basic SQL\n\nRecruitment process\n- A call\n'), 'requirements');
  assert.equal(kindOf('Requirements\n- 3+ years of QA\n- Basic SQL\n\nPreferred experience\n- Load testing\n- Appium\n'), 'preferred');
  // Naukri's "Preferred candidate profile" asks for what it lists.
  const naukri = analyzePosting('Role & responsibilities\n- Run our AWS estate\n\nPreferred candidate profile\n- Experience with Git and Terraform\n', { format: 'text' });
  assert.deepEqual(naukri.skills.filter((s) => s.id === 'git' || s.id === 'terraform').map((s) => s.level), ['required', 'required']);
  const wttj = analyzePosting('Job description\nWe build the booking app of 64 ski resorts.\n\nPreferred experience\n- Solid experience with Playwright\n- Basic SQL\n', { format: 'text' });
  assert.deepEqual(wttj.skills.filter((s) => s.id === 'playwright' || s.id === 'sql').map((s) => s.level), ['required', 'required']);
});

test('LinkedIn\'s "Skills: …, +8 more" line is page debris', () => {
  const text = 'Help me stand out\nSkills: Engineering Management, Kotlin, Spring Boot, +8 more\nAm I a good fit for this job?\n\nAbout the job\nWe pay invoices.\n\nNice to have\n- Spring Boot\n';
  const analysis = analyzePosting(text, { format: 'text' });
  assert.equal(analysis.skills.find((s) => s.id === 'spring-boot')?.level, 'preferred');
  assert.equal(analysis.skills.find((s) => s.id === 'kotlin'), undefined);
});

test('a line that opens a board\'s list of other jobs is debris, whether or not the debris table knows it', () => {
  const text = 'Requirements\n- 3+ years of SQL\n\nOther jobs you may like\nSenior Data Engineer\nGlobex · Berlin\n';
  const sections = extractSections(text, { format: 'text' }).sections;
  assert.deepEqual(titledText(text), [['Requirements', 'requirements'], ['Other jobs you may like', 'noise']]);
  assert.deepEqual(find(sections, 'Requirements').items.map((i) => i.text), ['3+ years of SQL']);
});

test('round 20: agency and job-board headings, a line of figures is no heading, Built In\'s city pages are debris', () => {
  assert.equal(classifyHeading('Top Skills Details'), 'requirements');
  assert.equal(classifyHeading('Top Skills'), 'skills');
  assert.equal(classifyHeading('Skills and Experience Required'), 'requirements');
  assert.equal(classifyHeading('Benefits found in job post'), 'benefits');
  assert.equal(classifyHeading('Company details'), 'company');
  assert.equal(classifyHeading('How do you apply?'), 'process');
  assert.equal(classifyHeading('Job Type & Location'), 'other');
  assert.equal(classifyHeading('Over Veluwenet / About Veluwenet'), 'company');
  // "… courses and certifications": a perk with a price, not a "Certifications" heading.
  assert.deepEqual(titledText('What We Offer\nBase salary range of $150,000 - $180,000\nFlexible PTO with a 15-day minimum\n$1,200 per year for conferences, courses and certifications\n\nWe are an equal opportunity employer and we mean it.\n'), [['What We Offer', 'benefits']]);
  // A line that names a role and goes on is body text, so the label above it is a heading.
  assert.deepEqual(titledText('Intro text about the role goes here.\n\nTop Skills Details:\n6+ years of experience in software QA, with at least 4 years of automation\nStrong Java\n'), [['Top Skills Details', 'requirements']]);
  const builtIn = titledText('We are an equal opportunity employer and we mean it.\n\nSimilar Jobs\nSite Reliability Engineer\nPecan Street Payments • Fintech • Austin, TX\n\nWhat you need to know about the Austin Tech Scene\nAustin has become one of the busiest tech hubs in the country, with large campuses.\n\nKey Facts About Austin Tech\nNumber of Tech Workers: 180,000+\n');
  assert.deepEqual(builtIn, [['Similar Jobs', 'noise'], ['What you need to know about the Austin Tech Scene', 'noise'], ['Key Facts About Austin Tech', 'noise']]);
  // An emoji sub-heading right under "About the job" that names the company.
  assert.deepEqual(titledText('About the job\n⚡ Over Veluwenet / About Veluwenet\nVeluwenet is the regional grid operator for electricity and gas in Gelderland.\n'), [
    ['About the job', 'about'],
    ['⚡ Over Veluwenet / About Veluwenet', 'company'],
  ]);
});

test("round 23: Job Bank Canada's form headings, a heading that trails off (\"You'll fit right in if you\"), a tab-separated table under its title", () => {
  const jobBank = titledText('Experience and specialization\nComputer and technology knowledge\nMS SQL Server\nPostgreSQL\nArea of specialization\nDatabase design\n\nBenefits\nHealth benefits\nDental plan\nFinancial benefits\nRRSP\nOther benefits\nFree parking available\n\nEmployment groups\nThis employer promotes equal employment opportunities for all job applicants.\n\nWho can apply to this job?\nCanadian citizens and permanent or temporary residents of Canada may apply.\n');
  assert.deepEqual(jobBank, [
    ['Experience and specialization', 'requirements'],
    ['Computer and technology knowledge', 'skills'],
    ['Area of specialization', 'skills'],
    ['Benefits', 'benefits'],
    ['Health benefits', 'benefits'],
    ['Financial benefits', 'benefits'],
    ['Other benefits', 'benefits'],
    ['Employment groups', 'legal'],
    ['Who can apply to this job?', 'legal'],
  ]);
  assert.equal(classifyHeading("You'll fit right in if you"), 'requirements');
  assert.equal(classifyHeading("You'll thrive here if you"), 'requirements');
  assert.equal(classifyHeading('The deal'), 'benefits');
  // Bayt's "Preferred Candidate" over "Career Level<TAB>Mid Career" fields; a field's label is no heading over the next field.
  assert.deepEqual(titledText('Number of Vacancies\t1\n\nPreferred Candidate\nCareer Level\tMid Career\nDegree\tBachelor\'s degree\n'), [['Preferred Candidate', 'preferred']]);
  assert.deepEqual(titledText('Cybersecurity Engineer II\nJob ID\t2026-3318\nJob Locations\tUS-WA-Spokane\nCategory\tInformation Technology\n\nOverview\nWe keep the lights on for 400,000 customers across the region.\n'), [['Overview', 'about']]);
});

test('a staffing agency\'s labelled field ("Experience Level:" over "Expert Level") is a heading; a form of labels to fill in is not', () => {
  const agency = 'Additional Skills & Qualifications\n- Kafka\n- AWS\n\nExperience Level:\nExpert Level\n\nJob Type & Location\nThis is a Contract position based out of Charlotte, NC.\n';
  assert.deepEqual(titledText(agency), [
    ['Additional Skills & Qualifications', 'preferred'],
    ['Experience Level', 'requirements'],
    ['Job Type & Location', 'other'],
  ]);
  // Its value is a short line of its own: not an item of the list above.
  assert.deepEqual(find(extractSections(agency, { format: 'text' }).sections, 'Additional Skills & Qualifications').items.map((i) => i.text), ['Kafka', 'AWS']);
  // A recruiter's form ("Current CTC:", "Preferred Location:" …) stays text, and so does a label whose words name no section.
  const form = 'Please share these details:\n\nCurrent CTC:\nExpected CTC:\nPreferred Location:\nNotice Period:\n';
  assert.deepEqual(titledText(form).filter(([t]) => t === 'Preferred Location'), []);
  assert.deepEqual(titledText('Start Date:\nASAP\n\nResponsibilities\n- Ship features\n'), [['Responsibilities', 'responsibilities']]);
});

test("round 24: USAJOBS's headings, Norwegian and Indonesian company headings, a labelled field without its colon", () => {
  for (const [title, kind] of [
    ['Conditions of Employment', 'requirements'],
    ['This job is open to', 'legal'],
    ['Fair & Transparent', 'legal'],
    ['Clarification from the agency', 'other'],
    ['Contact Details', 'other'],
    ['Extra points for', 'preferred'],
    ['Personal qualities', 'requirements'],
    ['Om arbeidsgiveren', 'company'],
    ['Om stillingen', 'about'],
    ['Spørsmål om stillingen', 'other'],
    ['Tentang Kiosbaru', 'company'],
  ] as const) assert.equal(classifyHeading(title), kind, title);
  assert.deepEqual(titledText('Top Skills Details\nWindows Server, Active Directory, VMware\n\nExperience Level\nIntermediate Level\n\nJob Type & Location\nThis is a Contract to Hire position based out of Wichita, KS.\n'), [
    ['Top Skills Details', 'requirements'],
    ['Experience Level', 'requirements'],
    ['Job Type & Location', 'other'],
  ]);
  // The first line of a posting is its company or title, even when a word in it names a section.
  assert.deepEqual(titledText('Palmyra Pay\nSecurity Engineer\n\nAbout us\nWe move money for importers across Southeast Asia.\n').map(([t]) => t), ['About us']);
});
