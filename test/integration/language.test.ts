import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import { activateExtension, openFixture } from './helpers.ts';

suite('language', () => {
  test('a seed (*.txt mapped in the workspace settings) opens as a Job Posting', async () => {
    await activateExtension();
    const document = await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    assert.equal(document.languageId, 'posting');
  });

  test('a Markdown posting (*.posting.md) opens as a Job Posting (Markdown)', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    assert.equal(document.languageId, 'posting-markdown');
  });
});
