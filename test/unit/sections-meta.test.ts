import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { occurrences } from '../../src/core/sections/meta.ts';

/** What `occurrences` counts, written as the regex it replaces. */
const reference = (text: string, name: string): number => {
  const escaped = name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  return (text.match(new RegExp(`(?<![\\p{Lu}\\d])${escaped}(?![\\p{Ll}\\d])`, 'gu')) ?? []).length;
};

test('a company name is counted where it stands as a word, glued after a lower-case letter included', () => {
  assert.equal(occurrences('Acme builds tools. At Acme, we ship. Acmeware and Acme2 are others; AcmeCorp counts.', 'Acme'), 3);
  assert.equal(occurrences('BenefitsAcmeAbout Acme', 'Acme'), 2);
  assert.equal(occurrences('XAcme Acmex', 'Acme'), 0);
  assert.equal(occurrences('NovaNova Nova', 'Nova'), 3);
  // A capital outside the BMP ("𝐀", mathematical bold) before the name is a capital too.
  assert.equal(occurrences('𝐀Acme 𝐚Acme', 'Acme'), 1);
});

test('the count equals the word-boundary regex on any text', () => {
  const piece = fc.constantFrom('Acme', 'Ac', 'me', 'A', 'a', 'x', 'Z', '1', ' ', '.', '\n', 'é', 'É', '𝐀', '𝐚', '\uD835', '\uDC00', 'Acme Inc');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('Acme', 'A', 'Acme Inc', 'me'), (parts, name) => {
      const text = parts.join('');
      assert.equal(occurrences(text, name), reference(text, name));
    }),
    { numRuns: 2000 },
  );
});
