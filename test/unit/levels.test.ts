import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelAt, sectionsAt, strongest, levelContextAt } from '../../src/core/levels.ts';
import { leadInLevel } from '../../src/core/level-labels.ts';
import { sentenceAround } from '../../src/core/requirements/sentences.ts';
import { sectionsOf, spanOf } from './requirements-sections.ts';
import { analyzePosting } from '../../src/core/analyze.ts';

const level = (text: string, headings: Parameters<typeof sectionsOf>[1], needle: string, n = 0) =>
  levelAt(text, sectionsOf(text, headings), spanOf(text, needle, n));

test('strongest: required > preferred > mentioned; mentioned when empty', () => {
  assert.equal(strongest([]), 'mentioned');
  assert.equal(strongest(['mentioned', 'preferred']), 'preferred');
  assert.equal(strongest(['preferred', 'required', 'mentioned']), 'required');
  assert.equal(strongest(new Set(['mentioned'] as const)), 'mentioned');
});

test('section kind decides when the sentence has no cue', () => {
  const text = 'Responsibilities\n- Build services in Go\nRequirements\n- Experience with Kafka\nPreferred Qualifications\n- Experience with Flink\nAbout us\nWe use Rust.';
  const h: Parameters<typeof sectionsOf>[1] = [['Responsibilities', 'responsibilities'], ['Requirements', 'requirements'], ['Preferred Qualifications', 'preferred'], ['About us', 'about']];
  assert.equal(level(text, h, 'Go'), 'mentioned');
  assert.equal(level(text, h, 'Kafka'), 'required');
  assert.equal(level(text, h, 'Flink'), 'preferred');
  assert.equal(level(text, h, 'Rust'), 'mentioned');
});

test('skills sections are required unless a child says nice to have', () => {
  const text = 'Skills\nRequired\n• Docker\nNice to have\n• Kafka\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Skills', 'skills'], ['Required', 'other', 2], ['Nice to have', 'other', 2]];
  assert.equal(level(text, h, 'Docker'), 'required');
  assert.equal(level(text, h, 'Kafka'), 'preferred');
  const plain = 'Skills\n- Python, SQL\n';
  assert.equal(level(plain, [['Skills', 'skills']], 'SQL'), 'required');
  assert.equal(level('Tech stack\n- Go\n', [['Tech stack', 'skills']], 'Go'), 'mentioned');
  assert.equal(level('Technologies we use\n- Go, Rust is a plus\n', [['Technologies we use', 'skills']], 'Rust'), 'preferred');
  assert.equal(level('Technical skills\n- Go\n', [['Technical skills', 'skills']], 'Go'), 'required');
  const standOut = 'What would make you stand out\n- Kafka\n';
  assert.equal(level(standOut, [['What would make you stand out', 'other']], 'Kafka'), 'preferred');
  const nice = 'Nice-to-have skills\n\nC++\nCUDA\n';
  assert.equal(level(nice, [['Nice-to-have skills', 'skills']], 'CUDA'), 'preferred');
});

test('an untitled or unknown section is mentioned; a heading "Must haves" in it decides', () => {
  assert.equal(levelAt('We build with Go.', [], { start: 14, end: 16 }), 'mentioned');
  const text = 'Stuff\n- Go\nMust haves\n- Rust\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Stuff', 'other'], ['Must haves', 'other']];
  assert.equal(level(text, h, 'Go'), 'mentioned');
  assert.equal(level(text, h, 'Rust'), 'required');
});

test('preferred cues inside a required section demote', () => {
  const h: Parameters<typeof sectionsOf>[1] = [['Requirements', 'requirements']];
  for (const line of [
    'Experience with Kafka is a plus',
    'Kafka experience is nice to have',
    'Nice-to-have: Kafka',
    'Kafka (preferred)',
    'Bonus points for Kafka',
    'Familiarity with Kafka',
    'Exposure to Kafka',
    'Ideally you know Kafka',
    'Kafka knowledge is desirable',
    'Kafka experience would be helpful',
    'Kafka is not required but appreciated',
    'Kafka a plus.',
    'Kafka is an asset',
    'Basic Kafka administration (asset)',
    'Kafka experience would be appreciated',
    'Kafka skills will make you stand out',
  ]) {
    assert.equal(level(`Requirements\n- ${line}\n`, h, 'Kafka'), 'preferred', line);
  }
  assert.equal(level('Requirements\n- Familiar with Kafka\n', h, 'Kafka'), 'required', 'familiar with is not familiarity with');
  assert.equal(level('Requirements\n- Proficiency in your preferred language (Kafka)\n', h, 'Kafka'), 'required', 'your preferred');
  assert.equal(level('Requirements\n- Strong Java plus Kotlin experience\n', h, 'Kotlin'), 'required', 'plus as a conjunction');
  assert.equal(level('Requirements\n- Kafka for asset tracking (asset management)\n', h, 'Kafka'), 'required', 'a word in brackets that starts with asset');
});

test('required cues promote mentioned text; in descriptive sections only explicit ones do', () => {
  assert.equal(levelAt('You must know Python.', [], { start: 14, end: 20 }), 'required');
  assert.equal(levelAt('At least 2 years of Python.', [], { start: 20, end: 26 }), 'required');
  const intro = 'We are hiring. You should have solid Go skills. We use Rust.';
  const introSections = [{ title: '', kind: 'about' as const, depth: 1, span: { start: 0, end: intro.length }, headingSpan: { start: 0, end: 0 }, children: [], items: [] }];
  assert.equal(levelAt(intro, introSections, spanOf(intro, 'Go')), 'required');
  assert.equal(levelAt(intro, introSections, spanOf(intro, 'Rust')), 'mentioned');
  const years = 'We want 5+ years of professional experience with Python.';
  assert.equal(levelAt(years, [], spanOf(years, 'Python')), 'required');
  const about = 'About us\nOur founders have 20 years of experience with Python.\n';
  assert.equal(level(about, [['About us', 'about']], 'Python'), 'mentioned');
  const r = 'Responsibilities\n- Build the tooling at least partly in Go\n- Python is required for this role\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Responsibilities', 'responsibilities']];
  assert.equal(level(r, h, 'Go'), 'mentioned');
  assert.equal(level(r, h, 'Python'), 'required');
  assert.equal(level('Responsibilities\n- Gain exposure to Rust\n', h, 'Rust'), 'mentioned');
  assert.equal(level('Responsibilities\n- Rust experience is a plus\n', h, 'Rust'), 'preferred');
});

test('inside a preferred section "must" does not promote; an explicit "required" does', () => {
  const h: Parameters<typeof sectionsOf>[1] = [['Preferred Qualifications', 'preferred']];
  assert.equal(level('Preferred Qualifications\n- You must have used Go at least once\n', h, 'Go'), 'preferred');
  assert.equal(level('Preferred Qualifications\n- Minimum 2 years of Go\n', h, 'Go'), 'preferred');
  assert.equal(level('Preferred Qualifications\n- Go is required\n', h, 'Go'), 'required');
  assert.equal(level('Preferred Qualifications\n- Go is not required\n', h, 'Go'), 'preferred');
  const glued = 'Preferred Qualifications- Experience in using lifecycle systems: TFXCandidates for this position must be legally authorized to work in the United States.';
  assert.equal(level(glued, h, 'TFX'), 'preferred');
});

test('with both kinds of cue, the nearest one speaks for the term', () => {
  const t = 'Python is required, Go is a plus.';
  assert.equal(levelAt(t, [], spanOf(t, 'Python')), 'required');
  assert.equal(levelAt(t, [], spanOf(t, 'Go')), 'preferred');
  const u = 'Requirements\n- Must know SQL; Airflow is nice to have\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Requirements', 'requirements']];
  assert.equal(level(u, h, 'SQL'), 'required');
  assert.equal(level(u, h, 'Airflow'), 'preferred');
});

test('cues do not leak across sentences of run-together scraped text', () => {
  const text =
    'QualificationsMinimum Qualifications- Proficient in C/C++/CUDA/Python, and have solid programming skills.- Familiar with deep learning frameworks (TensorFlow/Pytorch).Preferred Qualifications- Ability to work independently.- Experience on infrastructure(TensorFlow, Pytorch, and Jax).- Nice to have: Rust.- Go is used daily';
  const h: Parameters<typeof sectionsOf>[1] = [['Qualifications', 'requirements'], ['Minimum Qualifications', 'requirements', 2], ['Preferred Qualifications', 'preferred', 2]];
  const sections = sectionsOf(text, h);
  const at = (needle: string, n = 0) => levelAt(text, sections, spanOf(text, needle, n));
  assert.equal(at('CUDA'), 'required');
  assert.equal(at('Pytorch'), 'required');
  assert.equal(at('Jax'), 'preferred');
  assert.equal(at('Pytorch', 1), 'preferred');
  const plain = 'Requirements\nKnow Python and SQL.- Nice to have: Rust.- Go daily.Kafka is a plus.Use Java here';
  const ph: Parameters<typeof sectionsOf>[1] = [['Requirements', 'requirements']];
  assert.equal(level(plain, ph, 'SQL'), 'required');
  assert.equal(level(plain, ph, 'Rust'), 'preferred');
  assert.equal(level(plain, ph, 'Go'), 'required');
  assert.equal(level(plain, ph, 'Kafka'), 'preferred');
  assert.equal(level(plain, ph, 'Java'), 'required');
});

test('sentence boundaries: bullets, glued sentences, abbreviations, wrapped lines', () => {
  const s = (text: string, needle: string) => {
    const r = sentenceAround(text, spanOf(text, needle));
    return text.slice(r.start, r.end);
  };
  assert.equal(s('Know Go.- Familiar with Rust. Next one', 'Rust'), 'Familiar with Rust.');
  assert.equal(s('Responsibilities:- Build Go services- Run Kafka', 'Go'), 'Build Go services');
  assert.equal(s('Join us.The mission is Go.', 'Go'), 'The mission is Go.');
  assert.equal(s('Tools (e.g. Python, Go) are used. Next', 'Go'), 'Tools (e.g. Python, Go) are used.');
  assert.equal(s('Work with U.S. teams in Go. Next', 'Go'), 'Work with U.S. teams in Go.');
  assert.equal(s('Teams in the U.S. The Go role', 'Go'), 'The Go role');
  assert.equal(s('A B.S. in CS with Go. Next', 'Go'), 'A B.S. in CS with Go.');
  assert.equal(s('Experience with Kafka is a\nplus for Go users\nNew line', 'Go'), 'Experience with Kafka is a\nplus for Go users');
  assert.equal(s('First line\nSecond Go line\nThird', 'Go'), 'Second Go line');
  assert.equal(s('Singapore 路 Go 路 20 applicants', 'Go'), 'Go');
  assert.equal(s('Go; Rust', 'Rust'), 'Rust');
  assert.equal(s('Node.js and Go. Then', 'Go'), 'Node.js and Go.');
  assert.equal(s('Use 3.5 versions of Go! Then', 'Go'), 'Use 3.5 versions of Go!');
  assert.equal(s('• Go • Rust', 'Rust'), 'Rust');
  assert.equal(s('Engineer - Model Go', 'Go'), 'Engineer - Model Go');
});

test('a boundary inside the span itself does not cut it', () => {
  const text = 'Use Vue.JS daily';
  const r = sentenceAround(text, spanOf(text, 'Vue.JS'));
  assert.deepEqual(r, { start: 0, end: text.length });
});

test('sectionsAt returns the path outermost first; levelContextAt exposes it', () => {
  const text = 'Skills\nRequired\n• Docker\n';
  const sections = sectionsOf(text, [['Skills', 'skills'], ['Required', 'other', 2]]);
  assert.deepEqual(sectionsAt(sections, text.indexOf('Docker')).map((s) => s.title), ['Skills', 'Required']);
  assert.deepEqual(sectionsAt(sections, text.length + 5), []);
  const ctx = levelContextAt(text, sections, spanOf(text, 'Docker'));
  assert.equal(ctx.kind, 'other');
  assert.equal(ctx.level, 'required');
  assert.equal(text.slice(ctx.sentence.start, ctx.sentence.end), 'Docker');
});

test('an inline label at the start of a line decides for the rest of the line', () => {
  const text = 'Preferred\n- Experience with Snowflake\n\nSkills: Python, R, SQL\nBonus: Kafka\nNote: we use Go\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Preferred', 'preferred']];
  assert.equal(level(text, h, 'Snowflake'), 'preferred');
  assert.equal(level(text, h, 'SQL'), 'required');
  assert.equal(level(text, h, 'Kafka'), 'preferred');
  assert.equal(level(text, h, 'Go'), 'preferred');
  assert.equal(levelAt('Must-haves: Rust', [], spanOf('Must-haves: Rust', 'Rust')), 'required');
  assert.equal(levelAt('Tech stack: Rust', [], spanOf('Tech stack: Rust', 'Rust')), 'mentioned');
  // The team's stack inside a list of pluses is still what the team uses; running it yourself is a plus.
  const bonus: Parameters<typeof sectionsOf>[1] = [['Bonus points', 'preferred']];
  const stack = 'Bonus points\n- You have written SDKs\n\nOur stack, for the curious: the engine is written in Rust.\n- Experience running our stack yourself: Docker and Helm\n';
  assert.equal(level(stack, bonus, 'Rust'), 'mentioned');
  assert.equal(level(stack, bonus, 'Helm'), 'preferred');
  assert.equal(levelAt('**Nice to have**: Rust', [], spanOf('**Nice to have**: Rust', 'Rust')), 'preferred');
  assert.equal(levelAt('Skills & Experience: Rust', [], spanOf('Skills & Experience: Rust', 'Rust')), 'required');
  assert.equal(levelAt('Minimum qualifications: Rust', [], spanOf('Minimum qualifications: Rust', 'Rust')), 'required');
  assert.equal(levelAt('Required skills: Go, Rust (a plus)', [], spanOf('Required skills: Go, Rust (a plus)', 'Rust')), 'preferred');
});

test('what a preferred cue reaches: "ideally"/"preferably" the rest of their clause, a cue in brackets with a subject only the brackets', () => {
  const h: Parameters<typeof sectionsOf>[1] = [['Requirements', 'requirements']];
  const db = 'Requirements\n- Deep knowledge of relational databases, ideally PostgreSQL, including query tuning and indexing\n';
  assert.equal(level(db, h, 'relational databases'), 'required');
  assert.equal(level(db, h, 'PostgreSQL'), 'preferred');
  assert.equal(level(db, h, 'query tuning'), 'required');
  assert.equal(level('Requirements\n- Experience working in a Linux environment, ideally on a shared HPC cluster\n', h, 'Linux'), 'required');
  const lab = 'Requirements\n- Proficiency in Python or LabVIEW for test automation (a CLD certification is a plus)\n';
  assert.equal(level(lab, h, 'Python'), 'required');
  assert.equal(level(lab, h, 'CLD'), 'preferred');
  const cloud = 'Requirements\n- Experience with cloud platforms (Azure preferred)\n';
  assert.equal(level(cloud, h, 'cloud platforms'), 'required');
  assert.equal(level(cloud, h, 'Azure'), 'preferred');
  // Opening its sentence and set off by a comma, "Ideally," speaks for the whole sentence; after a name, for its clause.
  const ideally = 'Requirements\n- Ideally, experience with GraphQL (Apollo Client)\n- A major cloud: Azure ideally, AWS or GCP fine\n';
  assert.equal(level(ideally, h, 'GraphQL'), 'preferred');
  assert.equal(level(ideally, h, 'AWS'), 'required');
  // "will be an added advantage".
  assert.equal(level('Requirements\n- Experience with Tableau will be an added advantage.\n', h, 'Tableau'), 'preferred');
  assert.equal(level('Requirements\n- Experience with Argo CD or Ansible would be a distinct advantage.\n', h, 'Ansible'), 'preferred');
  // A bracket holding only the cue qualifies what precedes it.
  assert.equal(level('Requirements\n- Go, Rust (a plus)\n', h, 'Rust'), 'preferred');
  assert.equal(level('Requirements\n- Go, Rust (nice to have)\n', h, 'Rust'), 'preferred');
});

test('"familiarity with" under a heading that says "Required" asks for familiarity; under plain "Requirements" it stays a softer ask', () => {
  const line = '- Strong programming skills in Python and familiarity with version control using Git\n';
  assert.equal(level(`Required Qualifications\n${line}`, [['Required Qualifications', 'requirements']], 'Git'), 'required');
  assert.equal(level(`Minimum requirements\n${line}`, [['Minimum requirements', 'requirements']], 'Git'), 'required');
  assert.equal(level(`Requirements\n${line}`, [['Requirements', 'requirements']], 'Git'), 'preferred');
});

test('the team\'s stack in German, Japanese and Korean is mentioned, not required', () => {
  for (const title of ['Unser Tech-Stack', '開発環境・使用ツール', '기술 스택', 'Tech-stack', 'Nossa stack', 'Nuestro stack', 'Environnement technique', 'Strumenti e tecnologie']) {
    const text = `${title}\nROS 2, C++17, Docker, Grafana\n`;
    assert.equal(level(text, [[title, 'skills']], 'Docker'), 'mentioned', title);
  }
  assert.equal(level('Skills\nROS 2, C++17, Docker\n', [['Skills', 'skills']], 'Docker'), 'required');
});

test('a table row is one sentence: its level cell speaks for its skill; "Desired Candidate Profile" is required', () => {
  const text = 'Requirements\n| Skill | Level |\n|---|---|\n| Terraform | Required |\n| Kafka | Nice to have |\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Requirements', 'requirements']];
  assert.equal(level(text, h, 'Terraform'), 'required');
  assert.equal(level(text, h, 'Kafka'), 'preferred');
  const naukri = 'Desired Candidate Profile:\no 4+ years of firmware development in C\n';
  assert.equal(level(naukri, [['Desired Candidate Profile:', 'requirements']], 'firmware'), 'required');
});

test('preferred cues in other languages, emoji-led labels and a plain "Stack" heading', () => {
  const h: Parameters<typeof sectionsOf>[1] = [['Requisitos', 'requirements']];
  assert.equal(level('Requisitos\n• Python avanzado\n• Terraform – deseable.\n', h, 'Terraform'), 'preferred');
  assert.equal(level('Requisitos\n• Python avanzado\n• Terraform – deseable.\n', h, 'Python'), 'required');
  assert.equal(level('Requisitos\n- Kafka ist von Vorteil\n', h, 'Kafka'), 'preferred');
  assert.equal(level('Requisitos\n- 3 ans avec Flutter, idéalement en fintech\n', h, 'Flutter'), 'required');
  const emoji = 'Requisitos\n⭐ Must-have: Python for test automation\n➕ Nice: pytest\n';
  assert.equal(level(emoji, h, 'Python'), 'required');
  assert.equal(level(emoji, h, 'pytest'), 'preferred');
  assert.equal(level('Stack\nPython / PyTorch / FastAPI\n', [['Stack', 'skills']], 'FastAPI'), 'mentioned');
});

test('"Our ML Stack" is the team\'s stack: mentioned, not required', () => {
  const a = analyzePosting('Requirements\n- Python and SQL\n\nOur ML Stack\nPython, LightGBM, Snowflake, Spark on Databricks, Kafka, Kubernetes\n');
  const levelOf = (id: string) => a.skills.find((s) => s.id === id)?.level;
  assert.equal(levelOf('python'), 'required');
  assert.equal(levelOf('kafka'), 'mentioned');
  assert.equal(levelOf('snowflake'), 'mentioned');
});

test('in unlabelled text, a lead-in sentence ending in a colon gives its bullet list a level', () => {
  const text = "We build a build cache.\n\nHere's what we need from you, and all four matter:\n\n- you write production Rust\n- you know Linux well\n\nWould be great to have, a bonus:\n- Bazel\n\nWe ship weekly:\n- Kafka\n";
  assert.equal(levelAt(text, [], spanOf(text, 'Rust')), 'required');
  assert.equal(levelAt(text, [], spanOf(text, 'Linux')), 'required');
  assert.equal(leadInLevel(text, spanOf(text, 'Bazel'), 0), 'preferred');
  // A lead-in that asks for nothing, and a line that is no list item, say nothing.
  assert.equal(leadInLevel(text, spanOf(text, 'Kafka'), 0), null);
  assert.equal(leadInLevel(text, spanOf(text, 'cache'), 0), null);
  // No list item or lead-in is over 1,000 characters long: the walk back to a line's start stops there.
  const long = `What we need from you:\n- ${'x'.repeat(990)} Go\n- ${'a long item, '.repeat(80)}Rust\n`;
  assert.equal(leadInLevel(long, spanOf(long, 'Rust'), 0), null);
  assert.equal(leadInLevel(long, spanOf(long, 'Go'), 0), 'required');
  // Under a heading that decides, the heading wins.
  assert.equal(levelAt('Responsibilities\nWhat we need from you:\n- Rust\n', sectionsOf('Responsibilities\nWhat we need from you:\n- Rust\n', [['Responsibilities', 'responsibilities']]), spanOf('Responsibilities\nWhat we need from you:\n- Rust\n', 'Rust')), 'mentioned');
});

test('a negation right before a term (or a list ending with it) says it is not asked for', () => {
  const text = [
    'Requirements',
    '- This is NOT a data engineering role.',
    "- You don't need Kubernetes experience.",
    '- No prior Kafka, Flink or Spark experience is needed.',
    '- Not just Python but also Go.',
    '- Validar resultados no PostgreSQL e no MySQL.',
    '- No experience? Terraform is still required.',
    '- Rust is not required.',
  ].join('\n');
  const sections = sectionsOf(text, [['Requirements', 'requirements']]);
  const at = (needle: string) => levelAt(text, sections, spanOf(text, needle));
  for (const negated of ['data engineering', 'Kubernetes', 'Kafka', 'Flink', 'Spark']) assert.equal(at(negated), 'mentioned', negated);
  // "Not just", the Portuguese "no" (in the), a negation of something else, "not required" (a preferred cue).
  assert.equal(at('Python'), 'required');
  assert.equal(at('Go'), 'required');
  assert.equal(at('PostgreSQL'), 'required');
  assert.equal(at('MySQL'), 'required');
  assert.equal(at('Terraform'), 'required');
  assert.equal(at('Rust'), 'preferred');
});

test('a legend of line markers ("(M) = must, (P) = plus") gives each marked line its level', () => {
  const text = 'Your profile\nPlease read the markers: (M) = must, (P) = plus.\n• Very good Python and SQL (M)\n• dbt (P)\n• Terraform and CI/CD pipelines (P).\n• Kafka (x)\n';
  const sections = sectionsOf(text, [['Your profile', 'requirements']]);
  const at = (needle: string) => levelAt(text, sections, spanOf(text, needle));
  assert.equal(at('Python'), 'required');
  assert.equal(at('dbt'), 'preferred');
  assert.equal(at('Terraform'), 'preferred');
  // A marker the legend does not name, and a posting without a legend, say nothing.
  assert.equal(at('Kafka'), 'required');
  const plain = 'Your profile\n• dbt (P)\n';
  assert.equal(levelAt(plain, sectionsOf(plain, [['Your profile', 'requirements']]), spanOf(plain, 'dbt')), 'required');
});

test('a negated requirement stays mentioned where unlabelled text would make it required ("You don\'t need a Bachelor\'s degree")', () => {
  const negated = analyzePosting("We build payment software in Lisbon. You don't need a Bachelor's degree for this job.", { format: 'text' });
  assert.deepEqual(negated.requirements.degrees.map((d) => d.level), ['mentioned']);
  assert.equal(negated.skills.find((s) => s.id === 'bachelors-degree')?.level, 'mentioned');
  const asked = analyzePosting("We build payment software in Lisbon. You need a Bachelor's degree for this job.", { format: 'text' });
  assert.deepEqual(asked.requirements.degrees.map((d) => d.level), ['required']);
});

test('"as required" (when needed) and "required under" a regulation or "by law" ask nothing of the candidate', () => {
  const text = 'Responsibilities\n- Run the disaster recovery test required under the central bank\'s policy\n- Join the on-call rotation as required\n- Keep backups as required by law\n- Terraform is required\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Responsibilities', 'responsibilities']];
  assert.equal(level(text, h, 'disaster recovery'), 'mentioned');
  assert.equal(level(text, h, 'on-call'), 'mentioned');
  assert.equal(level(text, h, 'backups'), 'mentioned');
  assert.equal(level(text, h, 'Terraform'), 'required');
});

test('"where required", "when required" and "if required" say when, not what is asked', () => {
  const text = 'Responsibilities\n- Escalate to the Incident Response team where required\n- Travel to branches if required\n';
  const h: Parameters<typeof sectionsOf>[1] = [['Responsibilities', 'responsibilities']];
  assert.equal(level(text, h, 'Incident Response'), 'mentioned');
});
