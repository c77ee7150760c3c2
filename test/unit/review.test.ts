import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StatsAccumulator, diffPostings, isEmptyDiff, renderDiffMarkdown, renderDiffText } from '../../src/core/review/index.ts';
import { analysis, section, skill } from './helpers/analysis.ts';

const v1 = analysis({
  title: 'ML Engineer',
  sections: [section('Responsibilities', 'responsibilities', 0, 10), section('Requirements', 'requirements', 10, 20), section('Benefits', 'benefits', 20, 30)],
  skills: [skill('python', 'required', 'Python'), skill('kafka', 'preferred', 'Kafka'), skill('java', 'required', 'Java')],
  requirements: { minYears: 5, degrees: [{ span: { start: 0, end: 1 }, text: 'BS', degree: 'bachelor', fields: [], equivalentExperience: false, level: 'required' }] },
});
const v2 = analysis({
  title: 'Senior ML Engineer',
  sections: [section('Responsibilities', 'responsibilities', 0, 10), section('What you bring', 'requirements', 10, 20), section('Pay', 'compensation', 30, 40)],
  skills: [skill('python', 'required', 'Python'), skill('kafka', 'required', 'Kafka'), skill('go', 'preferred', 'Go')],
  requirements: { minYears: 7, degrees: [{ span: { start: 0, end: 1 }, text: 'BS', degree: 'bachelor', fields: [], equivalentExperience: true, level: 'required' }] },
});

test('diff reports sections, skills, levels, years and the equivalent-experience route', () => {
  const d = diffPostings(v1, v2);
  assert.deepEqual(d.title, { from: 'ML Engineer', to: 'Senior ML Engineer' });
  assert.deepEqual(d.sections.renamed.map((r) => [r.from.title, r.to.title]), [['Requirements', 'What you bring']]);
  assert.deepEqual(d.sections.added.map((s) => s.title), ['Pay']);
  assert.deepEqual(d.sections.removed.map((s) => s.title), ['Benefits']);
  assert.deepEqual(d.skills.added, [{ id: 'go', name: 'Go', level: 'preferred' }]);
  assert.deepEqual(d.skills.removed, [{ id: 'java', name: 'Java', level: 'required' }]);
  assert.deepEqual(d.skills.changed, [{ id: 'kafka', name: 'Kafka', from: 'preferred', to: 'required' }]);
  assert.deepEqual(d.years, { from: 5, to: 7 });
  assert.deepEqual(d.degrees.equivalentExperience, { from: false, to: true });
  assert.equal(isEmptyDiff(d), false);
});

test('a posting compared with itself has no changes', () => {
  const d = diffPostings(v1, v1);
  assert.equal(isEmptyDiff(d), true);
  assert.equal(renderDiffText(d, 'a', 'b'), 'No changes in sections, skills or requirements between a and b.\n');
});

test('renderers say what changed, Markdown escaped for PR comments', () => {
  const text = renderDiffText(diffPostings(v1, v2), 'old.txt', 'new.txt');
  assert.match(text, /^Changes from old\.txt to new\.txt$/m);
  assert.match(text, /^ {2}~ Kafka: preferred → required$/m);
  assert.match(text, /^ {2}~ Years of experience: 5\+ → 7\+$/m);
  const md = renderDiffMarkdown(diffPostings(v1, v2), 'a.md', 'b.md');
  assert.match(md, /^### Posting changes: `a\.md` → `b\.md`$/m);
  assert.match(md, /^- ➕ Go \(preferred\)$/m);
  assert.match(md, /^- ✏️ Requirements → What you bring \(requirements\)$/m);
});

test('stats count postings per level and the most common pairs, and merge', () => {
  const a = new StatsAccumulator().add(v1).add(v2);
  const b = new StatsAccumulator().add(v2);
  const merged = new StatsAccumulator().merge(a.snapshot()).merge(b.snapshot()).result();
  assert.equal(merged.postings, 3);
  const python = merged.skills.find((s) => s.id === 'python')!;
  assert.deepEqual([python.required, python.preferred, python.postings], [3, 0, 3]);
  const kafka = merged.skills.find((s) => s.id === 'kafka')!;
  assert.deepEqual([kafka.required, kafka.preferred], [2, 1]);
  assert.deepEqual(merged.pairs[0], { a: 'kafka', b: 'python', count: 3 });
  assert.deepEqual(merged.skills.map((s) => s.id), ['python', 'kafka', 'go', 'java'], 'most postings first, ties by required count, then name');
});
