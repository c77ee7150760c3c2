import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyHeading, extractSections } from '../../src/core/sections/index.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { flat, titledText as titled } from './sections-helpers.ts';

test('an aside that names a level decides between required and preferred', () => {
  assert.equal(classifyHeading('Professional Certifications (Preferred)'), 'preferred');
  assert.equal(classifyHeading('Skills (nice to have)'), 'preferred');
  assert.equal(classifyHeading('Certifications (required)'), 'requirements');
  // Any other aside still leaves the words before it to decide.
  assert.equal(classifyHeading('Requirements (nice-to-haves are marked)'), 'requirements');
  assert.equal(classifyHeading('Benefits (nice to have)'), 'benefits');
  const posting = analyzePosting('Minimum Qualifications\n- 5 years in security operations\n\nProfessional Certifications (Preferred)\n- CISSP or CISM\n', { format: 'text' });
  assert.equal(posting.skills.find((s) => s.id === 'cissp')?.level, 'preferred');
});

test("round 26: Profesia's form, No Fluff Jobs' blocks and Jobs.cz's Czech headings", () => {
  const profesia =
    'Information about the position\n\nJob description, responsibilities and duties\nWe build the charging app.\n\nPlace of work\nKošice, 2 days a week in the office\n\nContract type\nfull-time\n\nEmployee requirements\n\nComputer skills\nSwift – Expert\n\nPersonality requirements and skills\n• at least 4 years of iOS development\n\nInformation about the company\n\nNumber of employees\n50-99 employees\n';
  assert.deepEqual(titled(profesia), [
    ['Information about the position', 'about'],
    ['Job description, responsibilities and duties', 'responsibilities'],
    ['Place of work', 'other'],
    ['Contract type', 'other'],
    ['Employee requirements', 'requirements'],
    ['Computer skills', 'skills'],
    ['Personality requirements and skills', 'requirements'],
    ['Information about the company', 'company'],
    ['Number of employees', 'company'],
  ]);
  const nfj = 'Offer description\nWe are a data consultancy from Łódź.\n\nDetails\nStart: ASAP\n\nMethodology\nScrum\n\nEquipment supplied\nComputer\nMacBook Pro\n\nPerks in the office\nFree coffee\n';
  assert.deepEqual(titled(nfj), [
    ['Offer description', 'about'],
    ['Details', 'other'],
    ['Methodology', 'other'],
    ['Equipment supplied', 'benefits'],
    ['Perks in the office', 'benefits'],
  ]);
  assert.deepEqual(titled('Requirements:\n- Linux\n\nInformace o pozici\nTyp smlouvy: Na dobu neurčitou\n\nZaměstnavatel\nRadbuza Hosting s.r.o.\n'), [
    ['Requirements', 'requirements'],
    ['Informace o pozici', 'other'],
    ['Zaměstnavatel', 'company'],
  ]);
});

test('a list of similar offers is debris, however its opening line is written', () => {
  const tail = '\nSenior Data Engineer (GCP) – Kraków – 24 000 PLN\nData Engineer (AWS) – Remote\n';
  for (const opener of ['Check similar offers', 'Similar job offers', 'Podobné nabídky', 'PodobnÃ© nabídky', '𝗦𝗶𝗺𝗶𝗹𝗮𝗿 𝗷𝗼𝗯𝘀', 'Similar&nbsp;jobs', 'Other jobs by Southbay Digital Bank, Inc.', 'More jobs at Kumo Systems', 'Gallery']) {
    const text = `Requirements\n- 3+ years of SQL\n\n${opener}${tail}`;
    const sections = flat(extractSections(text, { format: 'text' }).sections);
    assert.deepEqual(
      sections.filter((s) => s.title).map((s) => s.kind),
      ['requirements', 'noise'],
      opener,
    );
    assert.deepEqual(sections.find((s) => s.kind === 'requirements')?.items.map((i) => i.text), ['3+ years of SQL'], opener);
  }
});

test("round 27: USAJOBS' policy headings, PNet's fixed headings, Handshake's blocks, an agency's facts", () => {
  const usajobs =
    'Next steps\nWe will review your application.\n\nFair & Transparent\nEqual Employment Opportunity (EEO) Policy\nThe Federal Government is an equal opportunity employer.\nReasonable accommodation policy\nFederal agencies must provide reasonable accommodation.\n';
  assert.deepEqual(titled(usajobs), [
    ['Next steps', 'process'],
    ['Fair & Transparent', 'legal'],
    ['Equal Employment Opportunity (EEO) Policy', 'legal'],
    ['Reasonable accommodation policy', 'legal'],
  ]);
  // PNet's "Desired Experience & Qualification" holds the requirements, not the nice-to-haves.
  const pnet = 'Duties & Responsibilities\n• Build pipelines\n\nDesired Experience & Qualification\nMinimum requirements:\n• Strong SQL\n\nAdvantageous:\n• Experience with dbt\n';
  assert.deepEqual(titled(pnet), [
    ['Duties & Responsibilities', 'responsibilities'],
    ['Desired Experience & Qualification', 'requirements'],
    ['Minimum requirements', 'requirements'],
    ['Advantageous', 'preferred'],
  ]);
  const pnetSkills = analyzePosting(pnet, { format: 'text' }).skills;
  assert.equal(pnetSkills.find((s) => s.id === 'sql')?.level, 'required');
  assert.equal(pnetSkills.find((s) => s.id === 'dbt')?.level, 'preferred');
  const handshake =
    'At a glance\n$27–31/hr\nInternship\n\nWho we are\nPrairie Crest is a farmer-owned cooperative.\n\nThe internship\nThis is a paid, 12-week summer internship on the Data Science team.\n\nSummer 2027 projects (you will be matched to one):\n1) Milk pickup forecasting for our dispatchers\n2) Lameness detection from barn cameras\n\nHiring timeline\nApplications close January 29.\n\nWhat they\'re looking for\nGraduation date\nDecember 2027 - June 2029\n';
  assert.deepEqual(titled(handshake), [
    ['At a glance', 'other'],
    ['Who we are', 'company'],
    ['The internship', 'about'],
    ['Summer 2027 projects (you will be matched to one)', 'other'],
    ['Hiring timeline', 'process'],
    ["What they're looking for", 'requirements'],
  ]);
  assert.deepEqual(titled('job details\nlocation: burlington, ontario\njob type: contract\n\nresponsibilities:\n- Develop X++ extensions\n'), [
    ['job details', 'other'],
    ['responsibilities', 'responsibilities'],
  ]);
});

test('"advantages" lists what an agency\'s job offers, or the nice-to-haves', () => {
  const offers = 'advantages:\n- 12-month contract with a good chance of extension\n- Competitive hourly rate, paid weekly\n- Hybrid schedule (3 days on site)\n- Work on a recent implementation\n\nresponsibilities:\n- Develop extensions in X++\n';
  assert.deepEqual(titled(offers), [
    ['advantages', 'benefits'],
    ['responsibilities', 'responsibilities'],
  ]);
  const skills = 'Requirements:\n- 4+ years with Kubernetes\n\nAdvantages:\n- Experience with Go\n- Kafka and ClickHouse at scale\n- Experience with GCP or Azure, hybrid or remote setups\n';
  assert.deepEqual(titled(skills), [
    ['Requirements', 'requirements'],
    ['Advantages', 'preferred'],
  ]);
  assert.equal(analyzePosting(skills, { format: 'text' }).skills.find((s) => s.id === 'kafka')?.level, 'preferred');
});

test('common headings unseen in the rounds: a day or success that "looks like", benefit categories, a job\'s physical demands', () => {
  assert.equal(classifyHeading('What a typical day looks like'), 'responsibilities');
  assert.equal(classifyHeading('What your first six months look like'), 'responsibilities');
  assert.equal(classifyHeading('Success in this role looks like'), 'responsibilities');
  // A process that "looks like" stays a process.
  assert.equal(classifyHeading('What our hiring process looks like'), 'process');
  assert.equal(classifyHeading('In this role'), 'responsibilities');
  assert.equal(classifyHeading('Your package'), 'compensation');
  assert.equal(classifyHeading('What we give you'), 'benefits');
  assert.equal(classifyHeading('Well-being'), 'benefits');
  assert.equal(classifyHeading('Learning and development'), 'benefits');
  assert.equal(classifyHeading('Physical demands'), 'other');
  assert.equal(classifyHeading('Job Types'), 'other');
  assert.deepEqual(titled('About the role\nYou will run our data platform.\n\nWhat a typical day looks like\n- Pair on a pipeline\n- Review a design\n'), [
    ['About the role', 'about'],
    ['What a typical day looks like', 'responsibilities'],
  ]);
  // A benefit that is also an item of an unbulleted benefits list is no heading of its own.
  const indeed = 'Benefits:\n401(k)\nDental insurance\nHealth insurance\nRelocation assistance\nVision insurance\n\nSchedule:\nMonday to Friday\n';
  assert.deepEqual(titled(indeed), [
    ['Benefits', 'benefits'],
    ['Schedule', 'other'],
  ]);
});

test('round 28: Michael Page\'s, StepStone\'s and Indeed\'s headings, a question or a plan of days as a heading, sub-headings that group a list', () => {
  const page = 'The Successful Applicant\nThe successful candidate should have a degree and at least 3 years of experience. Other requirements:\n- Solid programming skills in C\n\nWill be valued:\n- Knowledge of AUTOSAR Classic;\n\nWhat\'s on Offer\n- Meal allowance\n\nSounds good?\nApply with your CV and a few words about yourself.\n';
  assert.deepEqual(titled(page), [
    ['The Successful Applicant', 'requirements'],
    ['Will be valued', 'preferred'],
    ["What's on Offer", 'benefits'],
    ['Sounds good?', 'process'],
  ]);
  // Indeed's "Full job description" may open with the posting's own first heading; a question names a section.
  const indeed = 'Full job description\nWho are we?\nKroonwerk ICT is a managed hosting provider from Apeldoorn, and we run the IT of healthcare.\n\nWhat are you going to do?\nYou join our Linux & Platforms team of nine colleagues and manage 1,400 servers.\n\nWhat you\'ll get in return\n- 27 days of holiday\n';
  assert.deepEqual(titled(indeed), [
    ['Full job description', 'about'],
    ['Who are we?', 'company'],
    ['What are you going to do?', 'responsibilities'],
    ["What you'll get in return", 'benefits'],
  ]);
  assert.deepEqual(titled('What you will do\n- Run load tests with k6\n\nOur first 90 days for you\nFirst month: learn the platform and do your first on-call shadow shift.\n'), [
    ['What you will do', 'responsibilities'],
    ['Our first 90 days for you', 'responsibilities'],
  ]);
  // A sub-heading whose words name no section groups the items of the section it sits in.
  const bayt = 'KEY RESPONSIBILITIES\nPeople Leadership:\n• Line-manage 10 software engineers\n\nPlatform & Operations:\n• Own the reliability of checkout\n\nREQUIREMENTS\nMinimum Qualifications:\n• 8+ years in software engineering\n';
  assert.deepEqual(flat(extractSections(bayt, { format: 'text' }).sections).map((s) => [s.title, s.kind, s.depth]), [
    ['KEY RESPONSIBILITIES', 'responsibilities', 1],
    ['People Leadership', 'responsibilities', 2],
    ['Platform & Operations', 'responsibilities', 2],
    ['REQUIREMENTS', 'requirements', 1],
    ['Minimum Qualifications', 'requirements', 2],
  ]);
});

test("round 29: Hays' template, an emoji heading over its first sub-heading, Glassdoor's ratings panel", () => {
  const hays = 'Senior DevOps Engineer\nBelfast\n\nYour new company\nYou will be joining a well-established Belfast software house.\n\nYour new role\nYou will run our Azure platform and its pipelines.\n\nWhat you\'ll need to succeed\nFive years of DevOps work with Terraform and Kubernetes.\n\nWhat you need to do now\nIf you\'re interested in this role, click \'apply now\'.\n';
  assert.deepEqual(titled(hays), [
    ['Your new company', 'company'],
    ['Your new role', 'responsibilities'],
    ["What you'll need to succeed", 'requirements'],
    ['What you need to do now', 'process'],
  ]);
  const emoji = "🛠️ What you'll work on\n• Ship models to production\n\n✅ What you'll bring\nMust-haves:\n• 3+ years of Python\n";
  assert.deepEqual(titled(emoji), [
    ["🛠️ What you'll work on", 'responsibilities'],
    ["✅ What you'll bring", 'requirements'],
    ['Must-haves', 'requirements'],
  ]);
  // Without a sub-heading after it, a check-marked line under a heading is still an item.
  assert.deepEqual(titled('Requirements\n✅ 5+ years of experience\n✅ Python\n'), [['Requirements', 'requirements']]);
  assert.equal(classifyHeading('Company ratings'), 'other');
});

test('where and when the job is done is a block of facts (other), not a description of the role', () => {
  for (const heading of ['Location', 'Work location', 'Employment type', 'Shift', 'Location & Schedule', 'Location & Work Model', 'SHIFT & SCHEDULE', '勤務地']) {
    assert.equal(classifyHeading(heading), 'other', heading);
  }
  const posting = 'About the role\nYou will run our payments platform.\n\nLocation\nDenver, CO (hybrid, 3 days on site)\n\nEmployment type\nFull-time\n';
  assert.deepEqual(titled(posting), [
    ['About the role', 'about'],
    ['Location', 'other'],
    ['Employment type', 'other'],
  ]);
});

test("short lines that each open a list group a section's items by topic, one level under its heading", () => {
  const grouped =
    "What You'll Be Doing\nInfrastructure & Servers\n- Maintain our Windows Server environment\n- Own our backups\nNetwork & Security\n- Manage the FortiGate firewalls\n\nWhat We're Looking For\n- 3 years in systems administration\n";
  const sections = extractSections(grouped, { format: 'text' }).sections;
  assert.deepEqual(sections.map((s) => [s.title, s.kind, s.children.map((c) => [c.title, c.kind])]), [
    ["What You'll Be Doing", 'responsibilities', [['Infrastructure & Servers', 'responsibilities'], ['Network & Security', 'responsibilities']]],
    ["What We're Looking For", 'requirements', []],
  ]);
  // In sentence case too, with blank lines between the groups and items wrapped onto indented lines.
  const accountabilities = 'KEY ACCOUNTABILITIES\nPlatform and pipelines\n•   Design CI/CD pipelines in Azure DevOps and GitHub\n    Actions with security gates.\n\nSecurity and compliance\n•   Run vulnerability management.\n';
  assert.deepEqual(titled(accountabilities), [
    ['KEY ACCOUNTABILITIES', 'responsibilities'],
    ['Platform and pipelines', 'responsibilities'],
    ['Security and compliance', 'responsibilities'],
  ]);
  // One such line alone may be the end of a wrapped item; an item left unfinished goes on below.
  assert.deepEqual(titled('Responsibilities\n- Build the billing service\nKafka Streams\n- Review code\n'), [['Responsibilities', 'responsibilities']]);
  assert.deepEqual(titled('Responsibilities\n- Build services with\nKafka Streams\n- Review code\nGo and Rust\n- Mentor\n'), [['Responsibilities', 'responsibilities']]);
  // The same groups in a Markdown posting sit under the Markdown heading.
  const md = extractSections("## What you'll do\n\nPlatform\n- Run the clusters\n\nData\n- Own the pipelines\n", { format: 'markdown' }).sections;
  assert.deepEqual(md.map((s) => [s.title, s.children.map((c) => c.title)]), [["What you'll do", ['Platform', 'Data']]]);
});

test('an empty heading of grouped items holds the topic headings set off below it; a more specific heading may follow its section\'s', () => {
  const topics = 'Key Responsibilities:\n\nReliability & Observability\n• Define SLIs and SLOs\n\nIncidents & Resilience\n• Lead incident reviews\n\nJob Requirements:\n• 4 years as an SRE\n';
  const sections = extractSections(topics, { format: 'text' }).sections;
  assert.deepEqual(sections.map((s) => [s.title, s.kind, s.children.map((c) => [c.title, c.kind])]), [
    ['Key Responsibilities', 'responsibilities', [['Reliability & Observability', 'responsibilities'], ['Incidents & Resilience', 'responsibilities']]],
    ['Job Requirements', 'requirements', []],
  ]);
  assert.deepEqual(titled('What You Will Be Doing\nDaily Responsibilities\n- Build dealer screens in Angular\n- Write T-SQL\n'), [
    ['What You Will Be Doing', 'responsibilities'],
    ['Daily Responsibilities', 'responsibilities'],
  ]);
  // A line under a heading that names no section the same way stays its content.
  assert.deepEqual(titled('What You Will Be Doing\nBilling Platform\n- Build dealer screens in Angular\n'), [['What You Will Be Doing', 'responsibilities']]);
});

test("a greeting that names the company heads its introduction: \"Kia ora, we're Tōtara Energy\", \"⚡ Hej! We're Voltbro\"", () => {
  for (const heading of ["Hi, we're Fernhollow 👋", "⚡ Hej! We're Voltbro", 'Kia ora, we’re Tōtara Energy', 'Hello there, we are Acme Robotics']) {
    assert.equal(classifyHeading(heading), 'company', heading);
  }
  assert.equal(classifyHeading("Hello, we're hiring"), null);
  const posting = "Data Engineer\n\nKia ora, we're Tōtara Energy\n\nWe supply electricity to 420,000 homes across Aotearoa and generate a growing share of it ourselves.\n\nWhat you'll do\n- Build the meter data pipelines\n";
  assert.deepEqual(titled(posting), [
    ["Kia ora, we're Tōtara Energy", 'company'],
    ["What you'll do", 'responsibilities'],
  ]);
});

test("Greenhouse's pay widget: a pay heading right over its figures opens the compensation section", () => {
  const posting = "What we offer\n- Equity and a 401(k) match\n\nThe base salary range for this role is listed below. Final offers depend on level and location.\nUS Base Pay Range\n$168,000—$198,000 USD\n";
  assert.deepEqual(titled(posting), [
    ['What we offer', 'benefits'],
    ['US Base Pay Range', 'compensation'],
  ]);
  // Without figures under it, a line inside a paragraph stays part of it.
  assert.deepEqual(titled('What we offer\n- Equity\n\nThe range depends on location.\nUS Base Pay Range\nwill be shared by the recruiter.\n'), [['What we offer', 'benefits']]);
});

test("round 31: Indeed Germany's wrapper and generated block, an agency's client and contact, Seek's and Teamtailor's closings", () => {
  for (const [heading, kind] of [
    ['Vollständige Stellenbeschreibung', 'about'],
    ['Leistungen', 'benefits'],
    ['Berufserfahrung', 'requirements'],
    ['Sprache', 'requirements'],
    ['Führerschein', 'requirements'],
    ['Arbeitszeiten', 'other'],
    ['Person Specifications', 'requirements'],
    ['educational requirements', 'requirements'],
    ['Client', 'company'],
    ['My contact details', 'other'],
    ['How we recruit', 'process'],
    ['Sound like you?', 'process'],
    ['How we work', 'team'],
  ] as const) assert.equal(classifyHeading(heading), kind, heading);
  // "Person Specifications" right over "Academic and Professional Qualifications": a more precise heading of its kind.
  assert.deepEqual(titled('Key Responsibilities\n- Monitor the SIEM\n\nPerson Specifications\nAcademic and Professional Qualifications\n- A degree in Computer Science\n'), [
    ['Key Responsibilities', 'responsibilities'],
    ['Person Specifications', 'requirements'],
    ['Academic and Professional Qualifications', 'requirements'],
  ]);
  // Teamtailor's referral widget opens the page's own links: one titled debris section.
  const teamtailor = "About Solkvarn\nSolkvarn was founded in 2016 by two engineers who wanted smarter homes.\n\nAlready working at Solkvarn?\nLet's recruit together and find your next colleague.\n\nSolkvarn\nJobs\nAbout us\nLocations\n";
  assert.deepEqual(titled(teamtailor), [
    ['About Solkvarn', 'company'],
    ['Already working at Solkvarn?', 'noise'],
  ]);
});

test('common headings of US boards that no round had yet: growth, tech, job information, "thrive here if", "As a …, you will"', () => {
  for (const [heading, kind] of [
    ['As a Senior Engineer, you will', 'responsibilities'],
    ['As an IT Specialist (APPSW), you will', 'responsibilities'],
    ['Within 6 months, you will', 'responsibilities'],
    ['Projects you’ll work on', 'responsibilities'],
    ['Key Performance Indicators', 'responsibilities'],
    ["You'll thrive here if", 'requirements'],
    ['This role might be for you if', 'requirements'],
    ['Life at Brightwave', 'company'],
    ['Engineering at Brightwave', 'team'],
    ['Your growth', 'benefits'],
    ['The Tech', 'skills'],
    ['Job Information', 'other'],
    ['Recruiter', 'other'],
  ] as const) assert.equal(classifyHeading(heading), kind, heading);
  // Not every "as a …" or "if" line: a sentence that merely starts so names nothing.
  assert.equal(classifyHeading('As a rule we ship weekly'), null);
  assert.deepEqual(titled("What you'll do\n- Build the billing API\n\nYou'll thrive here if\n- You have shipped Go services\n\nYour growth\n- A yearly learning budget\n"), [
    ["What you'll do", 'responsibilities'],
    ["You'll thrive here if", 'requirements'],
    ['Your growth', 'benefits'],
  ]);
});

test('common headings of UK and European boards: attributes and competencies, growth, working hours, a closing call to apply', () => {
  for (const [heading, kind] of [
    ['Key competencies', 'requirements'],
    ['Personal attributes', 'requirements'],
    ['Your strengths', 'requirements'],
    ['Career development', 'benefits'],
    ['Growth opportunities', 'benefits'],
    ['What can you expect from us?', 'benefits'],
    ['Working hours', 'other'],
    ['Type of contract', 'other'],
    ['Hybrid working', 'other'],
    ['Interested? Apply now!', 'process'],
    ["What's next?", 'process'],
  ] as const) assert.equal(classifyHeading(heading), kind, heading);
  // One-word topics of a duties list stay unnamed, so they take the list's kind.
  for (const topic of ['Training', 'Development', 'Learning']) assert.equal(classifyHeading(topic), null, topic);
});

test('round 32: an aside heading, Indeed France\'s wrapper, a German agency\'s client profile and advantages, a duties "JOB DESCRIPTION"', () => {
  for (const [heading, kind] of [
    ['A note on on-call', 'other'],
    ['A quick note about remote work', 'other'],
    ['A note on salary', 'compensation'],
    ['Description complète du poste', 'about'],
    ['Unternehmensprofil', 'company'],
    ['Your advantages', 'benefits'],
  ] as const) assert.equal(classifyHeading(heading), kind, heading);
  assert.deepEqual(titled('Benefits\n- Health cover\n\nA note on on-call\nYou will be in a rotation with five other engineers, one week in six.\n'), [
    ['Benefits', 'benefits'],
    ['A note on on-call', 'other'],
  ]);
  // Glints' template: the duties under "JOB DESCRIPTION", then "JOB REQUIREMENTS".
  const duties = 'JOB DESCRIPTION\n- Build the merchant web apps\n- Turn Figma designs into UI\n- Review code\nTech stack: React, Next.js\n\nJOB REQUIREMENTS\n- 3 years of React\n';
  assert.deepEqual(titled(duties), [
    ['JOB DESCRIPTION', 'responsibilities'],
    ['JOB REQUIREMENTS', 'requirements'],
  ]);
  // A description in prose, or a list that no requirements follow, stays a description of the job.
  assert.equal(titled(duties.replace(/- /g, ''))[0]![1], 'about');
  assert.equal(titled(duties.replace(/JOB REQUIREMENTS[^]*/, 'BENEFITS\n- Lunch\n'))[0]![1], 'about');
});

test("common headings of Indian and Gulf boards: KRAs, key deliverables, a walk-in drive's details, work mode", () => {
  for (const [heading, kind] of [
    ['KRAs', 'responsibilities'],
    ['Key Deliverables', 'responsibilities'],
    ['Walk-in Details', 'process'],
    ['Interview Mode', 'process'],
    ['Work Mode', 'other'],
    ['Working Days', 'other'],
    ['Career Level', 'other'],
  ] as const) assert.equal(classifyHeading(heading), kind, heading);
  // A recruiter's form asks for the current and expected CTC: fields to fill in, no section.
  assert.equal(classifyHeading('Expected CTC'), null);
});
