import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePosting } from '../../src/core/analyze.ts';
import { builtInGlossary } from '../../src/core/glossary/index.ts';
import { RULE_METAS, checkPosting, parseConfig, type RuleMeta } from '../../src/core/rules/index.ts';
import { codingOf } from '../../src/core/rules/gendered-wording.ts';
import { sameSpelling } from '../../src/core/rules/inconsistent-term.ts';
import type { Finding } from '../../src/core/types.ts';

const glossary = builtInGlossary();
const check = (text: string, config = '') =>
  checkPosting(text, analyzePosting(text, { glossary }), { entries: glossary.entries, year: 2026, config: parseConfig(config, 'c.yaml', RULE_METAS as RuleMeta[]).config });
const only = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id && f.severity !== 'hint');
const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);

/** A well-formed posting that no rule should report on (near-miss baseline). */
const GOOD = `Backend Engineer

What you'll do
- Build payment services in Go and PostgreSQL
- Run them on Kubernetes

Requirements
- 3+ years of backend development
- Experience with Go or Java
- Bachelor's degree in Computer Science or equivalent practical experience

Nice to have
- Kafka

Compensation
The base pay range is $140,000 - $180,000 per year.
`;

test('a clean posting gets no warnings or errors', () => {
  const found = check(GOOD).filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(found.map((f) => `${f.ruleId}: ${f.message}`), []);
});

test('missing-section fires for an absent section, not for an alias heading', () => {
  const text = 'Engineer\n\nAbout us\nWe build things.\n\nRequirements\n- Python\n';
  assert.deepEqual(only(check(text), 'missing-section').map((f) => f.message), ['No Responsibilities section: add one (any usual heading works, e.g. "What you\'ll do").']);
  assert.deepEqual(only(check(GOOD), 'missing-section'), []);
  const configured = check(GOOD.replace(/Compensation[\s\S]*$/, ''), 'requiredSections: [responsibilities, requirements, compensation]');
  assert.equal(only(configured, 'missing-section')[0]?.data?.section, 'compensation');
});

test('compensation-missing fires without a pay range, not with one', () => {
  const text = GOOD.replace(/Compensation[\s\S]*$/, 'Benefits\n- Competitive salary\n');
  const f = only(check(text), 'compensation-missing');
  assert.equal(f.length, 1);
  assert.equal(at(text, f[0]!), 'Benefits');
  assert.deepEqual(only(check(GOOD), 'compensation-missing'), []);
});

test('years-exceed-technology-age: 15+ years of Kubernetes fires, 5+ does not', () => {
  const text = GOOD.replace('3+ years of backend development', '15+ years of experience with Kubernetes');
  const f = only(check(text), 'years-exceed-technology-age');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /^15\+ years of Kubernetes asked for, but Kubernetes was first released in 2014 \(12 years ago\)\.$/);
  assert.deepEqual(only(check(GOOD.replace('3+ years of backend development', '5+ years of experience with Kubernetes')), 'years-exceed-technology-age'), []);
});

test('too-many-requirements counts required items against the threshold', () => {
  const many = Array.from({ length: 17 }, (_, i) => `- Requirement number ${i + 1}`).join('\n');
  const text = GOOD.replace('- 3+ years of backend development', many);
  const f = only(check(text), 'too-many-requirements');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /^19 required items \(more than 15\)/);
  assert.deepEqual(only(check(text, 'rules:\n  too-many-requirements:\n    max: 20\n'), 'too-many-requirements'), []);
});

test('degree-without-equivalent fires on a hard degree, not with an equivalent route', () => {
  const text = GOOD.replace(' or equivalent practical experience', '');
  const f = only(check(text), 'degree-without-equivalent');
  assert.equal(f.length, 1);
  assert.match(at(text, f[0]!), /Bachelor's degree in Computer Science/);
  assert.deepEqual(only(check(GOOD), 'degree-without-equivalent'), []);
});

test('gendered-wording: coded words as hints and one summary; stems follow the published lists', () => {
  const text = GOOD.replace('Run them on Kubernetes', 'Be aggressive, competitive and dominant on Kubernetes');
  const all = check(text).filter((f) => f.ruleId === 'gendered-wording');
  assert.deepEqual(all.filter((f) => f.severity === 'hint').map((f) => at(text, f)), ['aggressive', 'competitive', 'dominant']);
  const summary = all.filter((f) => f.severity === 'info');
  assert.equal(summary.length, 1);
  assert.match(summary[0]!.message, /^Wording leans masculine-coded: 3 masculine-coded words \(aggressive, competitive, dominant\)/);
  assert.equal(codingOf('Collaborative'), 'feminine');
  assert.equal(codingOf('analytical'), 'masculine');
  assert.equal(codingOf('Responsibilities'), null, 'a heading word is not a trait');
  assert.equal(codingOf('Kubernetes'), null);
});

test('conflicting-level: a technology both required and nice-to-have', () => {
  const text = GOOD.replace('- Kafka', '- Kafka\n- Go');
  const f = only(check(text), 'conflicting-level');
  assert.deepEqual(f.map((x) => x.message), ['Go is required (Requirements) and also preferred (Nice to have): keep it in one list.']);
  assert.deepEqual(only(check(GOOD), 'conflicting-level'), []);
});

test('duplicate-item: the same bullet twice in one list, with a safe fix that removes the line', () => {
  const text = GOOD.replace('- Experience with Go or Java\n', '- Experience with Go or Java\n- experience with Go or Java.\n');
  const f = only(check(text), 'duplicate-item');
  assert.equal(f.length, 1);
  const fix = f[0]!.fixes![0]!;
  assert.equal(fix.safe, true);
  const fixed = text.slice(0, fix.edits[0]!.range.start) + fix.edits[0]!.newText + text.slice(fix.edits[0]!.range.end);
  assert.equal(fixed, GOOD);
});

test('duplicate-item and scrape-noise fixes take whole lines with any line break, and only whole lines', () => {
  const apply = (text: string, f: Finding) => text.slice(0, f.fixes![0]!.edits[0]!.range.start) + f.fixes![0]!.edits[0]!.newText + text.slice(f.fixes![0]!.edits[0]!.range.end);
  const dup = GOOD.replace('- Experience with Go or Java\n', '- Experience with Go or Java\n- experience with Go or Java.\n');
  for (const eol of ['\r\n', '\r']) {
    const text = dup.replace(/\n/g, eol);
    assert.equal(apply(text, only(check(text), 'duplicate-item')[0]!), GOOD.replace(/\n/g, eol), JSON.stringify(eol));
  }
  // The repeat on the last line, with no line break after it: the line and nothing else goes.
  const last = `${GOOD}\nMore\n- Kafka\n- Kafka`;
  assert.equal(apply(last, only(check(last), 'duplicate-item')[0]!), `${GOOD}\nMore\n- Kafka\n`);
  // Trailing blanks after the repeat still leave it alone on its line.
  const blanks = GOOD.replace('- Kafka\n', '- Kafka\n- Kafka  \n');
  assert.equal(apply(blanks, only(check(blanks), 'duplicate-item')[0]!), GOOD);
  const debris = `Apply\r\nSave\r\n\r\n${GOOD}`;
  const noise = only(check(debris), 'scrape-noise').find((x) => x.message.startsWith('Page debris'))!;
  assert.equal(apply(debris, noise), `\r\n${GOOD}`);
});

test('inconsistent-term: k8s beside Kubernetes fires; an acronym or short name does not', () => {
  const text = GOOD.replace('Run them on Kubernetes', 'Run them on Kubernetes and debug k8s clusters');
  const f = only(check(text), 'inconsistent-term');
  assert.equal(f.length, 1);
  assert.equal(at(text, f[0]!), 'k8s');
  assert.equal(f[0]!.fixes![0]!.edits[0]!.newText, 'Kubernetes');
  assert.equal(sameSpelling('Apache Flink', 'Flink'), true);
  assert.equal(sameSpelling('large language models', 'LLMs'), true);
  assert.equal(sameSpelling('LLMs', 'LLM'), true);
  assert.equal(sameSpelling('Pytorch', 'PyTorch'), false);
  assert.equal(sameSpelling('Golang', 'Go'), false);
});

test('unknown-term: an unknown name inside a list of known skills, nothing in prose', () => {
  const text = GOOD.replace('- Experience with Go or Java', '- Experience with Go, Frobnicator, Java or Python');
  assert.deepEqual(only(check(text), 'unknown-term').map((f) => at(text, f)), ['Frobnicator']);
  const prose = GOOD.replace('- Build payment services in Go and PostgreSQL', '- Design and build services in Go, Java and PostgreSQL');
  assert.deepEqual(only(check(prose), 'unknown-term'), []);
});

test('scrape-noise: debris and mojibake, with a safe repair for the characters', () => {
  const text = `Apply\nSave\nShow more options\nSingapore 路 Reposted 17 hours ago\n\n${GOOD}`;
  const f = only(check(text), 'scrape-noise');
  assert.ok(f.some((x) => x.message.startsWith('Page debris from a job board')));
  const moji = f.filter((x) => x.data?.found === '路');
  assert.equal(moji.length, 1);
  assert.deepEqual(moji[0]!.fixes![0], { title: 'Replace "路" with "·"', safe: true, edits: [{ range: moji[0]!.range, newText: '·' }] });
  assert.deepEqual(only(check('道路 is a Chinese word for road.\n' + GOOD), 'scrape-noise'), [], '路 inside Chinese text is not mojibake');
});

test('wall-of-text: one very long paragraph fires, the same text as a list does not', () => {
  const sentence = 'You will design, build and operate the data platform that every team relies on. ';
  const text = GOOD.replace('- Run them on Kubernetes', sentence.repeat(15).trim());
  const f = only(check(text), 'wall-of-text');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.message, 'A paragraph of 1,199 characters without bullets or breaks: split it into a list.');
  assert.deepEqual(only(check(GOOD.replace('- Run them on Kubernetes', Array(15).fill(`- ${sentence.trim()}`).join('\n'))), 'wall-of-text'), []);
});

test('directives and severities from the configuration apply', () => {
  const text = GOOD.replace(/Compensation[\s\S]*$/, '');
  assert.equal(only(check(text), 'compensation-missing')[0]!.severity, 'warning');
  assert.equal(only(check(text, 'rules:\n  compensation-missing: error\n'), 'compensation-missing')[0]!.severity, 'error');
  assert.deepEqual(only(check(text, 'rules:\n  compensation-missing: off\n'), 'compensation-missing'), []);
  assert.deepEqual(only(check(`<!-- posting-lens-disable compensation-missing -->\n${text}`), 'compensation-missing'), []);
});

test('every finding has a url to its rule page and a range inside the text', () => {
  for (const text of [GOOD, `Apply\n${GOOD.replace('Kafka', 'Kafka\n- Kafka')}`]) {
    for (const f of check(text)) {
      assert.equal(f.url, `https://github.com/posting-lens/posting-lens/blob/main/docs/rules/${f.ruleId}.md`);
      assert.ok(f.range.start >= 0 && f.range.end <= text.length && f.range.start <= f.range.end);
    }
  }
});
