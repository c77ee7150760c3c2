import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as core from '../../src/core/index.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { compileGlossary } from '../../src/core/glossary/index.ts';
import type { GlossaryEntry } from '../../src/core/types.ts';

const entry = (id: string, name: string, aliases: string[] = [], kind: GlossaryEntry['kind'] = 'language'): GlossaryEntry => ({
  id,
  name,
  aliases: [name, ...aliases].map((text) => ({ text, caseSensitive: false, ambiguous: false })),
  category: 'test',
  kind,
  definition: `${name}.`,
  related: [],
});
const glossary = compileGlossary([entry('python', 'Python'), entry('kafka', 'Kafka', [], 'tool'), entry('rust', 'Rust'), entry('kubernetes', 'Kubernetes', ['k8s'], 'platform'), entry('sql', 'SQL')]);

test('the core barrel exports its public API', () => {
  const names = Object.keys(core).filter((k) => typeof (core as Record<string, unknown>)[k] === 'function').sort();
  for (const name of ['analyzePosting', 'levelAt', 'strongest', 'extractRequirements', 'extractSections', 'classifyHeading', 'sectionPathAt', 'compileGlossary', 'findMentions', 'builtInGlossary', 'parseGlossary', 'createLineIndex']) {
    assert.ok(names.includes(name), name);
  }
  assert.deepEqual(core.LEVELS, ['required', 'preferred', 'mentioned']);
});

const posting = [
  'Senior Data Engineer',
  '',
  'About us',
  'We love Rust and Python.',
  '',
  'Requirements',
  '- 5+ years of experience with Python and Kafka',
  '- Kubernetes experience is a plus',
  '',
  'Nice to have',
  '- Rust',
  '- SQL',
  '',
].join('\n');

test('skills: levels from sections and cues, strongest level, sorted by level then first mention', () => {
  const a = analyzePosting(posting, { glossary });
  assert.deepEqual(
    a.skills.map((s) => [s.id, s.level]),
    [
      ['python', 'required'],
      ['kafka', 'required'],
      ['rust', 'preferred'],
      ['kubernetes', 'preferred'],
      ['sql', 'preferred'],
    ],
  );
  const python = a.skills[0]!;
  assert.equal(python.name, 'Python');
  assert.equal(python.kind, 'language');
  assert.equal(python.category, 'test');
  assert.deepEqual(python.mentions.map((m) => [m.level, m.section]), [['mentioned', 'About us'], ['required', 'Requirements']]);
  for (const s of a.skills) for (const m of s.mentions) assert.equal(posting.slice(m.span.start, m.span.end), m.text);
});

test('requirements are read with skill ids from the mentions', () => {
  const a = analyzePosting(posting, { glossary });
  assert.equal(a.requirements.minYears, 5);
  assert.deepEqual(a.requirements.experience.map((e) => [e.minYears, e.subject, e.skillIds, e.level]), [[5, 'Python and Kafka', ['python', 'kafka'], 'required']]);
  assert.equal(a.requirements.seniority?.value, 'senior');
  assert.equal(a.title, 'Senior Data Engineer');
});

test('mentions in page furniture (noise sections) are dropped', () => {
  const text = readFileSync(new URL('../../seeds/003_a98712cf0a13e054.txt', import.meta.url), 'utf8');
  const noisy = text.replace('9 of 10 skills match your profile', '9 of 10 skills match your profile: Python, Kafka');
  const a = analyzePosting(noisy, { glossary });
  const at = noisy.indexOf('Python, Kafka');
  assert.equal(core.sectionPathAt(a.sections, at).at(-1)?.kind, 'noise', 'the names stand in a noise section');
  for (const s of a.skills) for (const m of s.mentions) assert.ok(m.span.start < at || m.span.start > at + 20, `${m.text} in noise`);
  // The same names under a heading of the posting's own are found.
  const own = analyzePosting(`${noisy}\n\nRequirements\n- Python, Kafka\n`, { glossary });
  for (const id of ['python', 'kafka']) assert.ok(own.skills.some((s) => s.id === id), id);
});

test('a legal notice names no skills, but a credential it requires stands', () => {
  const text = [
    'Data Engineer',
    '',
    'Requirements',
    '- 3+ years of Python and SQL',
    '',
    'Privacy and AI notice',
    'We use artificial intelligence tools to help screen applications and process your data under the GDPR.',
    'This role requires an active security clearance.',
    '',
  ].join('\n');
  const a = analyzePosting(text);
  const at = text.indexOf('We use');
  assert.equal(core.sectionPathAt(a.sections, at).at(-1)?.kind, 'legal', 'the notice is a legal section');
  const ids = a.skills.map((s) => s.id);
  for (const id of ['python', 'sql', 'security-clearance']) assert.ok(ids.includes(id), `${id} in ${ids.join(',')}`);
  for (const id of ['artificial-intelligence', 'gdpr']) assert.ok(!ids.includes(id), `${id} in ${ids.join(',')}`);
  // The same words in the posting's own requirements are skills.
  const own = analyzePosting(text.replace('- 3+ years of Python and SQL', '- 3+ years of Python and SQL\n- Knowledge of the GDPR and artificial intelligence'));
  for (const id of ['artificial-intelligence', 'gdpr']) assert.ok(own.skills.some((s) => s.id === id), id);
});

test("an industry or department field names the employer's market, not a skill", () => {
  const ids = (text: string) => analyzePosting(text).skills.map((s) => s.id);
  const job = 'Platform Engineer\n\nRequirements\n- Python and Terraform\n\n';
  for (const field of ['Sector: IT, Software Development', 'Industries\nSoftware Development', 'Markets\nMarketplaces · Travel · SaaS · Mobile', 'Acme\n2,118 followers\nFollow\nSoftware Development', 'Department: Engineering - Software & QA']) {
    const found = ids(job + field + '\n');
    assert.ok(found.includes('python') && found.includes('terraform'), field);
    for (const id of ['software-engineering', 'iaas-paas-saas', 'software-testing']) assert.ok(!found.includes(id), `${id} from ${JSON.stringify(field)}`);
  }
  // The same words in the posting's own text are skills.
  const own = ids(job.replace('- Python and Terraform', '- Python and Terraform\n- Software development for our SaaS product, with QA'));
  for (const id of ['software-engineering', 'iaas-paas-saas', 'software-testing']) assert.ok(own.includes(id), id);
});

test('never throws on odd input', () => {
  for (const input of ['', ' ', '\u0000', '\r\n\r\n', '# \n## \n- \n', '\ud800', 'a'.repeat(10000), null, undefined, 42] as unknown[]) {
    const a = analyzePosting(input as string, { glossary });
    assert.ok(Array.isArray(a.skills));
    assert.ok(Array.isArray(a.sections));
  }
  assert.equal(analyzePosting('Python', null as never).skills.length >= 0, true);
});

test('the default glossary is the built-in one', () => {
  const a = analyzePosting('Requirements\n- Experience with Kubernetes and Python\n');
  const ids = a.skills.map((s) => s.id);
  assert.ok(ids.includes('kubernetes') && ids.includes('python'), ids.join(','));
});

test('a glossary that throws yields no skills but still sections and requirements', () => {
  const broken = { entries: new Map(), lookup: () => [] } as unknown as typeof glossary;
  const a = analyzePosting(posting, { glossary: broken });
  assert.deepEqual(a.skills, []);
  assert.equal(a.requirements.minYears, 5);
  assert.ok(a.sections.length > 0);
});

// Its speed (10× the text in about 10× the time) is measured by `npm run bench` ("linearity").
test('a 5 MB posting (one seed repeated) has the skills of the seed, each found in every copy', () => {
  const seed = readFileSync(new URL('../../seeds/000_f99fb1aa4bb66697.txt', import.meta.url), 'utf8');
  const copies = Math.ceil(5_000_000 / seed.length);
  const one = analyzePosting(seed);
  const a = analyzePosting(seed.repeat(copies));
  assert.ok(a.skills.length > 10);
  assert.deepEqual(new Set(a.skills.map((s) => s.id)), new Set(one.skills.map((s) => s.id)));
  for (const s of one.skills) {
    const mentions = a.skills.find((x) => x.id === s.id)!.mentions.length;
    assert.ok(mentions >= copies, `${s.id}: ${mentions} mentions in ${copies} copies`);
  }
});

test('"Systems Manager" is a job title unless the text is about AWS', () => {
  const ids = (t: string) => analyzePosting(t).skills.map((s) => s.id);
  assert.ok(!ids('Reporting to the OT Systems Manager, you will look after SCADA servers on VMware.').includes('aws-systems-manager'));
  assert.ok(ids('You patch our EC2 fleet on AWS with Systems Manager and keep secrets in Parameter Store.').includes('aws-systems-manager'));
  assert.ok(ids('We run everything on AWS: EC2, Lambda, Systems Manager.').includes('aws-systems-manager'));
});

test('"VMs" are virtual machines; a staffing agency\'s "VMS" (its vendor management system) is not', () => {
  const ids = (t: string) => analyzePosting(t).skills.map((s) => s.id);
  assert.ok(ids('You will patch Linux VMs on VMware every month.').includes('virtualization'));
  assert.ok(!ids('Please send the last 4 digits of your SSN, required by the client VMS:').includes('virtualization'));
});

test('"GCC" is the compiler among toolchain words; Indian "GCCs" (capability centres) are not; Veeam Backup & Replication is Veeam, not replication', () => {
  const ids = (t: string) => analyzePosting(t).skills.map((s) => s.id);
  assert.ok(ids('You build our firmware in C with GCC and CMake.').includes('compilers'));
  assert.ok(!ids('We provide contract hiring services to IT services companies, GCCs and product firms across Bengaluru.').includes('compilers'));
  const backup = ids('Run daily backup monitoring and monthly restore tests with Veeam Backup & Replication.');
  assert.ok(backup.includes('veeam') && !backup.includes('replication'));
});
