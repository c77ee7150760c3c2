// The section finder's part of the editor's memo (extractSections' `memo` option) keeps what a line
// and a section body gave, by their text. What they read around them must still decide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractSections } from '../../src/core/sections/index.ts';
import { createSectionMemo } from '../../src/core/sections/memo.ts';

const outline = (text: string) => extractSections(text, { format: 'text' }).sections.map((s) => `${s.kind}: ${s.title}`);

/** Analyses the versions in turn with one memo; each must equal a fresh extraction. */
function typeThrough(versions: string[]): void {
  const memo = createSectionMemo();
  for (const text of versions) assert.deepEqual(extractSections(text, { format: 'text', memo }), extractSections(text, { format: 'text' }));
}

test('a label glued after a plain space is a heading only when a list follows the line', () => {
  const line = 'Intro line.\nWe ship payment rails for small shops in many countries with our engineering Qualifications: \n';
  const list = `${line}• 5+ years of Go\n• Kafka\n`;
  const prose = `${line}Rust is great and so on.\n`;
  // The same line, two results: the memo may not answer for the line alone.
  assert.ok(outline(list).includes('requirements: Qualifications'));
  assert.ok(!outline(prose).includes('requirements: Qualifications'));
  typeThrough([list, prose, list, prose.replace('Intro', 'An intro')]);
});

test('a free "About …" heading ends where a word that stands alone elsewhere begins', () => {
  const glued = 'Intro line.\nResponsibilitiesAbout NovaPayCloud is what we do and we do it well.\n';
  const payAlone = `${glued}Pay is good.\n`;
  const cloudAlone = `${glued}Cloud is good.\n`;
  // Decided by a line other than the heading's own.
  assert.ok(outline(payAlone).includes('company: About Nova'));
  assert.ok(outline(cloudAlone).includes('company: About NovaPay'));
  typeThrough([payAlone, cloudAlone, payAlone]);
});

test('items moved by an edit above them, and items of a body whose surroundings changed', () => {
  const text = 'Requirements\n- 5+ years of Go\n- Kafka. Flink is a plus\n\nBenefits\nDental, vision and a U.S. Pension plan.\n';
  // "U.S." ends a sentence only before a sentence starter ("This"), not before "Pension".
  typeThrough([text, `Intro.\n\n${text}`, `Intro.\n\n${text}`.replace('Pension', 'This'), text.replace('- Kafka', '- Kafka\n- Spark')]);
  const memo = createSectionMemo();
  extractSections(text, { format: 'text', memo });
  const moved = extractSections(`Intro.\n\n${text}`, { format: 'text', memo });
  const items = moved.sections.find((s) => s.kind === 'requirements')!.items;
  assert.deepEqual(
    items.map((i) => `Intro.\n\n${text}`.slice(i.span.start, i.span.end)),
    ['5+ years of Go', 'Kafka. Flink is a plus'],
  );
  const benefits = (t: string) => extractSections(t, { format: 'text', memo }).sections.find((s) => s.kind === 'benefits')!.items.length;
  assert.equal(benefits(text), 1);
  assert.equal(benefits(text.replace('Pension', 'This')), 2);
});

test('a Markdown posting keeps its line facts in the memo, and what a line reads around it still decides', () => {
  const memo = createSectionMemo();
  const versions = [
    '# Data Engineer\n\nWe build pipelines.\nResponsibilities:\n- Build Airflow DAGs\n\n## Benefits\n\n- Pension\n',
    // The same lines, now with a blank line before the label: the label's line facts are reused.
    '# Data Engineer\n\nWe build pipelines.\n\nResponsibilities:\n- Build Airflow DAGs\n\n## Benefits\n\n- Pension\n',
    // A list under the label no longer follows it: the label is no heading.
    '# Data Engineer\n\nWe build pipelines.\n\nResponsibilities: we build Airflow DAGs.\n\n## Benefits\n\n- Pension\n',
    '**Requirements**\n\n- 3+ years of SQL\n\nSimilar jobs\nData Engineer · Berlin\n',
  ];
  const kinds: string[][] = [];
  for (const text of versions) {
    const withMemo = extractSections(text, { format: 'markdown', memo });
    assert.deepEqual(withMemo, extractSections(text, { format: 'markdown' }));
    kinds.push(withMemo.sections.flatMap(function all(s): string[] { return [`${s.kind}: ${s.title}`, ...s.children.flatMap(all)]; }));
  }
  assert.ok(kinds[1]!.includes('responsibilities: Responsibilities'), kinds[1]!.join(' | '));
  assert.ok(!kinds[2]!.includes('responsibilities: Responsibilities'), kinds[2]!.join(' | '));
  assert.ok(memo.lines.current.size > 0, 'the Markdown path keeps line facts');
});
