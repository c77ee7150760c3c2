import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingKey } from '../../src/core/sections/vocabulary.ts';

test('a heading key: lower case, "(s)" and quotes dropped, other punctuation as one space', () => {
  assert.equal(headingKey("  What You'll Do:  "), 'what youll do');
  assert.equal(headingKey('Benefit(s) & Perks'), 'benefit & perks');
  assert.equal(headingKey('C++ / C# / .NET'), 'c++ c# net');
  assert.equal(headingKey('Requirement(S)'), 'requirement');
  assert.equal(headingKey("a('s)b"), 'a s b');
});
