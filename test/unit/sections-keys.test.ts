import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingKey } from '../../src/core/sections/vocabulary.ts';
import data from '../../src/generated/sections.json';

test('a heading key: lower case, "(s)" and quotes dropped, other punctuation as one space', () => {
  assert.equal(headingKey("  What You'll Do:  "), 'what youll do');
  assert.equal(headingKey('Benefit(s) & Perks'), 'benefit & perks');
  assert.equal(headingKey('C++ / C# / .NET'), 'c++ c# net');
  assert.equal(headingKey('Requirement(S)'), 'requirement');
  assert.equal(headingKey("a('s)b"), 'a s b');
});

test('data/sections.yaml lists each heading key once: a second listing is dead, and in another kind it would lose to the first silently', () => {
  const where = new Map<string, string[]>();
  for (const [kind, list] of Object.entries(data.aliases as Record<string, string[]>)) {
    for (const alias of list) {
      const key = headingKey(String(alias));
      where.set(key, [...(where.get(key) ?? []), `${kind}: ${alias}`]);
    }
  }
  assert.deepEqual([...where.values()].filter((places) => places.length > 1), []);
});
