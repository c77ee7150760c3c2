import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyHeading, extractSections } from '../../src/core/sections/index.ts';
import { flat, titledText as titled } from './sections-helpers.ts';

/** [title, kind, depth] of every titled section of a plain-text posting. */
const tree = (text: string) =>
  flat(extractSections(text, { format: 'text' }).sections)
    .filter((s) => s.title)
    .map((s) => [s.title, s.kind, s.depth]);

test('round 33: "People:", "Delivery:", then "Technology:" — one word after a duties list\'s topics goes on with them', () => {
  const duties = 'What you will do:\nPeople:\n• Hire and grow engineers\n• Coach the tech leads\n\nDelivery:\n• Own sprint planning\n\nTechnology:\n• Review design documents and pull requests\n• Own the architecture of the backend\n\nPreferred candidate profile\n• 10 years of software development\n';
  assert.deepEqual(tree(duties), [
    ['What you will do', 'responsibilities', 1],
    ['People', 'responsibilities', 2],
    ['Delivery', 'responsibilities', 2],
    ['Technology', 'responsibilities', 2],
    ['Preferred candidate profile', 'requirements', 1],
  ]);
  // A heading that names a section of the posting ends the topics.
  assert.deepEqual(tree(duties.replace('Technology:', 'Benefits:')).slice(3, 4), [['Benefits', 'benefits', 1]]);
  // Without topics before it, "Technology:" heads a section of its own.
  assert.deepEqual(tree('What you will do:\n• Own sprint planning\n\nTechnology:\n• Node.js and React\n'), [
    ['What you will do', 'responsibilities', 1],
    ['Technology', 'skills', 1],
  ]);
});

test('round 33: "It\'d be awesome if you have" names the nice-to-haves; Seek\'s "How you match" widget; a commitment that may be the law\'s', () => {
  assert.equal(classifyHeading("It'd be awesome if you have"), 'preferred');
  assert.equal(classifyHeading('It would be amazing if you'), 'preferred');
  assert.deepEqual(titled('What do we need from you?\n• 3+ years of C#\n\nIt’d be awesome if you have\n• Docker\n• Azure Functions\n'), [
    ['What do we need from you?', 'requirements'],
    ['It’d be awesome if you have', 'preferred'],
  ]);
  assert.equal(classifyHeading('How you match'), 'other');
  // "Our commitment to you" is a diversity statement as often as a promise of perks: its words decide nothing.
  assert.equal(classifyHeading('Our commitment to you'), null);
});
