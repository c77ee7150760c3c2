import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractSections } from '../../src/core/sections/index.ts';
import { detectBullet, repairMojibake } from '../../src/core/normalize.ts';
import type { Section } from '../../src/core/types.ts';
import { flat } from './sections-helpers.ts';

/** Lines that look like postings: headings, glued headings, bullets of every kind, debris, mojibake. */
const pieces = [
  'Responsibilities', 'Qualifications', 'Minimum Qualifications:', 'Preferred Qualifications', 'Nice to have', 'Skills', 'Required',
  'About the job', 'Job Description', 'ABOUT US', '## Benefits', '**Perks**', '### Must have', 'Why Join Us', 'What you\'ll do:',
  '- Build things.', '• Python', 'â€¢ Go', '路 Rust', '1. First', '(a) second', 'a. third', 'o Kafka', '-Legal Entity: Acme',
  'Employment Type: Full-time', 'Full-time', 'Apply', 'Save', 'Show more options', '12 applicants', 'Acme logo',
  'We are looking for a Senior Engineer to join our team.', 'Acme is the leading provider. At Acme, we ship.',
  'ResponsibilitiesAbout Acme CorpAcme is great.Why Join UsCreation is fun.Qualifications- BS degree- 3 years',
  'TFXCandidates for this position must be authorized.', 'e.g. U.S. This one.', '---', 'title: X', '```', '# Title', '=====',
  '', ' ', '\t', 'Ã©tÃ©', '\u00a0', '\u200b', '\uFEFF', '한국어 문장입니다.', '**Label:** value',
];
const posting = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 40 });
const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '');


function checkSpans(text: string, sections: Section[], parent: { start: number; end: number } = { start: 0, end: text.length }): void {
  let last = parent.start;
  for (const s of sections) {
    assert.ok(s.span.start >= last && s.span.start <= s.span.end && s.span.end <= parent.end, `section span ${JSON.stringify(s.span)} in ${JSON.stringify(parent)}`);
    assert.ok(s.headingSpan.start >= s.span.start && s.headingSpan.start <= s.headingSpan.end && s.headingSpan.end <= s.span.end, 'heading span');
    let itemEnd = s.headingSpan.end;
    for (const item of s.items) {
      assert.ok(item.span.start >= itemEnd && item.span.start < item.span.end && item.span.end <= s.span.end, `item ${JSON.stringify(item)}`);
      itemEnd = item.span.end;
    }
    checkSpans(text, s.children, s.span);
    last = s.span.end;
  }
}

test('never throws; spans lie inside the text, nested and ordered', () => {
  fc.assert(
    fc.property(posting, eol, fc.constantFrom('auto', 'text', 'markdown') as fc.Arbitrary<'auto' | 'text' | 'markdown'>, (lines, nl, format) => {
      const text = lines.join(nl);
      const r = extractSections(text, { format });
      checkSpans(text, r.sections);
      for (const s of flat(r.sections)) assert.equal(s.depth, 1 + flat(r.sections).filter((p) => p.children.includes(s)).map((p) => p.depth)[0]! || 1);
    }),
    { numRuns: 400 },
  );
});

test('never throws on arbitrary strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const r = extractSections(text);
      checkSpans(text, r.sections);
    }),
    { numRuns: 300 },
  );
});

test('CRLF, lone CR, a BOM and LF give the same sections (titles, kinds, nesting, items)', () => {
  const shape = (list: Section[]): unknown => list.map((s) => [s.title, s.kind, s.items.map((i) => [i.text, i.bullet]), shape(s.children)]);
  fc.assert(
    fc.property(posting, (lines) => {
      const lf = lines.map((l) => l.replace(/\r/g, '')).join('\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(shape(extractSections(crlf, { format: 'text' }).sections), shape(extractSections(lf, { format: 'text' }).sections));
      assert.deepEqual(shape(extractSections(crlf, { format: 'markdown' }).sections), shape(extractSections(lf, { format: 'markdown' }).sections));
      const cr = lf.replace(/\n/g, '\r');
      assert.deepEqual(shape(extractSections(cr, { format: 'text' }).sections), shape(extractSections(lf, { format: 'text' }).sections));
      const bom = '\uFEFF' + crlf;
      for (const format of ['text', 'markdown'] as const) {
        const a = extractSections(bom, { format });
        const b = extractSections(lf, { format });
        assert.deepEqual(shape(a.sections), shape(b.sections));
        assert.deepEqual([a.title, a.company], [b.title, b.company]);
      }
    }),
    { numRuns: 300 },
  );
});

test('detectBullet and repairMojibake never throw and stay in range', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      const b = detectBullet(s);
      if (b) assert.ok(b.contentStart > 0 && b.contentStart < s.length && s.slice(b.contentStart).trim().length > 0);
      assert.equal(typeof repairMojibake(s), 'string');
    }),
    { numRuns: 1000 },
  );
});
