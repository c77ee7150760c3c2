import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzePosting } from '../../src/core/analyze.ts';

// Counterexamples found by the property tests, kept so they stay fixed.

test('a bulleted label heading is found with CRLF as with LF (fast-check counterexample)', () => {
  const lf = '-   Minimum Qualifications:\n\n  • model training\n';
  for (const text of [lf, lf.replace(/\n/g, '\r\n')]) {
    const a = analyzePosting(text);
    assert.deepEqual(
      a.sections.map((s) => [s.title, s.kind]),
      [
        ['', 'about'],
        ['Minimum Qualifications', 'requirements'],
      ],
    );
    assert.deepEqual(
      a.skills.map((s) => [s.id, s.level]),
      [['model-training', 'required']],
    );
  }
});
