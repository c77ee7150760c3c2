import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRequirements } from '../../src/core/requirements/index.ts';

// Inputs that once made a regex backtrack quadratically (a long run of digit groups) or that have
// no sentence boundary at all. Ten times the text must take about ten times as long.
const PATTERNS = ['123 ', '1,000,', '$1 ', '5 years ', '.', 'a plus ', 'experience with ', 'x', 'BS/MS in ', 'Seoul, '];

for (const unit of PATTERNS) {
  test(`requirements stay linear on ${JSON.stringify(unit)} repeated`, () => {
    const time = (size: number): number => {
      const text = unit.repeat(Math.ceil(size / unit.length));
      const t = performance.now();
      extractRequirements(text);
      return performance.now() - t;
    };
    time(5_000);
    const small = time(30_000);
    const big = time(300_000);
    assert.ok(big < small * 30 + 300, `30 kB: ${small.toFixed(0)} ms, 300 kB: ${big.toFixed(0)} ms`);
  });
}
