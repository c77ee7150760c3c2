import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRequirements } from '../../src/core/requirements/index.ts';

// Inputs that once made a regex backtrack quadratically (a long run of digit groups) or that have
// no sentence boundary at all. Their speed (10× the text costs about 10× the time) is measured by
// `npm run bench` (scripts/bench-extract.mjs, "linearity"); here they must simply give a sane result.
const PATTERNS = ['123 ', '1,000,', '$1 ', '5 years ', '.', 'a plus ', 'experience with ', 'x', 'BS/MS in ', 'Seoul, '];

for (const unit of PATTERNS) {
  test(`requirements of ${JSON.stringify(unit)} repeated over 300 kB: a well-formed result`, () => {
    const text = unit.repeat(Math.ceil(300_000 / unit.length));
    const r = extractRequirements(text);
    assert.ok(r.minYears === null || (r.minYears >= 0 && r.minYears <= 50), `minYears ${r.minYears}`);
    for (const list of [r.experience, r.degrees, r.languages, r.locations, r.compensation]) {
      for (const e of list) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end);
    }
    // The same text cut to a tenth gives the same kind of answer (nothing depends on the length).
    const tenth = extractRequirements(text.slice(0, 30_000));
    assert.equal(tenth.workMode?.value ?? null, r.workMode?.value ?? null);
  });
}
