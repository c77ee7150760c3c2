/**
 * Independent accuracy evaluation (issue 2 §7): the engine on 413 postings written without it,
 * test/fixtures/eval/. Expectations were written from the text before the engine ran on it.
 * `node scripts/eval.mjs` prints the same scores as a readable report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtInGlossary } from '../../src/core/glossary/index.ts';
import { evaluate, formatReport, loadCases, titleKey, type PostingScore } from '../fixtures/eval/score.ts';

const cases = loadCases();

test('eval: 413 postings, each with an expectation that names only glossary ids', () => {
  assert.equal(cases.length, 413);
  const glossary = builtInGlossary();
  for (const c of cases) {
    const ids = [...Object.keys(c.expected.skills), ...(c.expected.optional ?? [])];
    const unknown = ids.filter((id) => !glossary.entries.has(id));
    assert.deepEqual(unknown, [], `${c.name}: ids not in the glossary`);
    const both = (c.expected.optional ?? []).filter((id) => id in c.expected.skills);
    assert.deepEqual(both, [], `${c.name}: ids both expected and optional`);
  }
});

test('eval: every expected section title is written in its posting', () => {
  for (const c of cases) {
    const lines = new Set(
      c.text
        .split(/\r?\n|(?<=[.!?])(?=[A-Z])/)
        .flatMap((l) => [l, l.split(':')[0]!])
        .map(titleKey),
    );
    // A title with abbreviations ("U.S. Equal Opportunity…") is split by the sentence rule above: the text as written decides.
    for (const s of c.expected.sections) assert.ok([...lines].some((l) => l.includes(titleKey(s.title))) || c.text.includes(s.title), `${c.name}: "${s.title}" is not in the text`);
  }
});

test('titleKey ignores case, quotes, mojibake, Markdown marks, numbering and end colons', () => {
  assert.equal(titleKey('**What Youâ€™ll Do:**'), "what you'll do");
  assert.equal(titleKey('2. Duties'), 'duties');
  assert.equal(titleKey('What you&rsquo;ll do'), "what you'll do");
  assert.equal(titleKey('(b) Nice-to-haves'), 'nice to haves');
  assert.equal(titleKey('### Must have'), 'must have');
});

const result = evaluate(cases);

for (const p of result.postings) {
  test(`eval: ${p.name}`, (t) => {
    const s: PostingScore['skills'] = p.skills;
    t.diagnostic(
      `sections ${p.sections.right}/${p.sections.expected}, skills TP ${s.tp} FP ${s.fp.length} FN ${s.fn.length}, levels ${s.levels.right}/${s.levels.total}, minYears ${p.years.actual} (expected ${p.years.expected})`,
    );
    // The targets hold on the whole set (below); no single format may fall apart either.
    if (p.sections.expected) assert.ok(p.sections.right / p.sections.expected >= 0.5, `sections ${p.sections.right}/${p.sections.expected}`);
    assert.ok(s.tp / (s.tp + s.fn.length) >= 0.7, `skill recall ${s.tp}/${s.tp + s.fn.length}`);
  });
}

test('eval: the targets of issue 2 §7 on the whole set', (t) => {
  const r = result.totals;
  for (const line of formatReport(result, cases).split('\n').slice(-6)) t.diagnostic(line.trim());
  assert.ok(r.sectionAccuracy >= 0.9, `section starts and kinds ${r.sections.right}/${r.sections.expected}`);
  assert.ok(r.precision >= 0.9, `skill precision ${r.skills.tp}/${r.skills.tp + r.skills.fp}`);
  assert.ok(r.recall >= 0.9, `skill recall ${r.skills.tp}/${r.skills.tp + r.skills.fn}`);
  assert.ok(r.levelAccuracy >= 0.85, `levels ${r.levels.right}/${r.levels.total}`);
});
