import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import { activateExtension, hoverTexts, openFixture, positionOf } from './helpers.ts';

suite('hover', () => {
  suiteSetup(() => activateExtension());

  test('"Triton" in seed 000 shows the Triton Inference Server definition', async () => {
    const document = await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Triton Inference Server', 2));
    assert.equal(texts.length, 1, 'exactly one hover');
    assert.match(texts[0], /\*\*Triton Inference Server\*\*/);
    assert.match(texts[0], /inference/i, 'the definition says what it is');
  });

  test('"Kafka" in seed 002 shows its entry', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Kafka', 3));
    assert.equal(texts.length, 1);
    assert.match(texts[0], /\*\*Apache Kafka\*\*|\*\*Kafka\*\*/);
  });

  test('the hover links only to documentation, never to commands', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Kafka', 3));
    assert.equal(texts.length, 1, 'exactly one hover');
    assert.match(texts[0], /\[Documentation\]\(https:\/\//);
    assert.doesNotMatch(texts[0], /command:/);
    assert.doesNotMatch(texts[0], /<[a-z]/i, 'no HTML');
  });

  test('a plain word has no hover', async () => {
    const document = await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    assert.deepEqual(await hoverTexts(document.uri, positionOf(document, 'Hiring manager screen', 3)), []);
  });

  test('a term in a Markdown posting has a hover', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Kubernetes', 2));
    assert.equal(texts.length, 1);
    assert.match(texts[0], /\*\*Kubernetes\*\*/);
  });
});
