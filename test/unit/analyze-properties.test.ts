import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { analyzePosting } from '../../src/core/analyze.ts';
import type { PostingAnalysis, Span } from '../../src/core/types.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const seedLines = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(new URL(f, seedDir), 'utf8').split(/\r?\n/));

/** Posting-like text: seed lines, headings, bullets, glued fragments and arbitrary characters. */
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 2, arbitrary: fc.constantFrom('Requirements', 'Preferred Qualifications', 'Nice to have', 'Responsibilities', '## Skills', 'About us', 'Benefits', 'Minimum Qualifications:') },
  { weight: 2, arbitrary: fc.constantFrom('- ', '• ', '* ', '1. ', '.- ', ':- ', ' 路 ', ' · ', '; ', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('5+ years of Python', 'BS/MS in CS or equivalent', 'is a plus', 'must have Go', '$120,000 - $180,000 per year', 'Remote (US)', 'Fluent in English', 'not eligible for visa sponsorship', 'C/C++', 'Ph.D.', 'U.S.') },
  // HTML source pasted as text (six block tags switch the tag reader on), entities included.
  { weight: 2, arbitrary: fc.constantFrom('<h2>', '</h2>', '<li>', '</li>', '<ul>', '</ul>', '<p class="x">', '</p>', '<br/>', '<strong>', '</strong>', '&rsquo;', '&amp;', '<!-- note -->', '<a href="#apply">') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
);
const posting = fc.array(fc.tuple(fragment, fc.constantFrom('\n', '', ' ', '\n\n', '.')), { maxLength: 40 }).map((parts) => parts.map(([a, b]) => a + b).join(''));

function spansOf(a: PostingAnalysis): { span: Span; text?: string; loose?: boolean }[] {
  const r = a.requirements;
  return [
    ...a.skills.flatMap((s) => s.mentions.map((m) => ({ span: m.span, text: m.text }))),
    ...r.experience.map((e) => ({ span: e.span, text: e.text })),
    ...r.degrees.map((d) => ({ span: d.span, text: d.text })),
    ...r.languages.map((l) => ({ span: l.span, text: l.language })),
    ...r.workAuthorization.map((e) => ({ span: e.span, text: e.text })),
    ...r.compensation.map((e) => ({ span: e.span, text: e.text })),
    ...r.locations.map((e) => ({ span: e.span, text: e.text, loose: true })),
    ...[r.workMode, r.seniority].filter((e) => e !== null).map((e) => ({ span: e!.span, text: e!.text })),
  ];
}

test('analyzePosting never throws; every span is inside the text and shows its text', () => {
  fc.assert(
    fc.property(posting, (text) => {
      const a = analyzePosting(text);
      for (const { span, text: shown, loose } of spansOf(a)) {
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${span.start}-${span.end} of ${text.length}`);
        const slice = text.slice(span.start, span.end);
        if (shown !== undefined) assert.equal(loose ? slice.replace(/\s+/g, ' ') : slice, shown);
      }
    }),
    { numRuns: 150 },
  );
});

test('mentions are sorted within a skill and never overlap across skills; levels are consistent', () => {
  fc.assert(
    fc.property(posting, (text) => {
      const a = analyzePosting(text);
      const all = a.skills.flatMap((s) => s.mentions).sort((x, y) => x.span.start - y.span.start);
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.span.end <= all[i]!.span.start, 'overlap');
      const rank = { required: 0, preferred: 1, mentioned: 2 };
      for (const s of a.skills) {
        for (let i = 1; i < s.mentions.length; i++) assert.ok(s.mentions[i - 1]!.span.start < s.mentions[i]!.span.start);
        assert.equal(s.level, s.mentions.map((m) => m.level).sort((x, y) => rank[x] - rank[y])[0]);
      }
      for (let i = 1; i < a.skills.length; i++) assert.ok(rank[a.skills[i - 1]!.level] <= rank[a.skills[i]!.level]);
    }),
    { numRuns: 150 },
  );
});

/** The analysis with every offset mapped back to the LF text and every \r removed. */
function normalised(a: PostingAnalysis, crlf: string): unknown {
  const lfOffset: number[] = [];
  let removed = 0;
  for (let i = 0; i <= crlf.length; i++) {
    lfOffset[i] = i - removed;
    if (crlf[i] === '\r' && crlf[i + 1] === '\n') removed++;
  }
  return JSON.parse(JSON.stringify({ skills: a.skills, requirements: a.requirements }), (key, value) => {
    if ((key === 'start' || key === 'end') && typeof value === 'number') return lfOffset[value];
    return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : value;
  });
}

test('CRLF and LF give the same analysis (modulo offsets)', () => {
  fc.assert(
    fc.property(posting, (text) => {
      const lf = text.replace(/\r\n?/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(normalised(analyzePosting(crlf), crlf), normalised(analyzePosting(lf), lf));
    }),
    { numRuns: 100 },
  );
});

test('the seeds analyse the same with CRLF line ends', () => {
  for (const f of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
    const lf = readFileSync(new URL(f, seedDir), 'utf8').replace(/\r\n?/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(normalised(analyzePosting(crlf), crlf), normalised(analyzePosting(lf), lf), f);
  }
});
