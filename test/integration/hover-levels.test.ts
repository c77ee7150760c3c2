import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import { activateExtension, hoverTexts, openFixture, positionOf } from './helpers.ts';

suite('hover: level in this posting and requirement phrases', () => {
  suiteSetup(() => activateExtension());

  test('"Flink" in a Markdown posting: stream processing entry, mentioned under Responsibilities', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Apache Flink', 8));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /^\*\*(Apache )?Flink\*\* · \*framework\*/);
    assert.match(texts[0]!, /stream/i);
    assert.match(texts[0]!, /\*\*In this posting:\*\* Mentioned — Responsibilities/);
  });

  test('"Triton" under "Nice to have" is Preferred — Nice to have', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Triton', 2));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /\*\*Triton Inference Server\*\*/);
    assert.match(texts[0]!, /\*\*In this posting:\*\* Preferred — Nice to have/);
  });

  test('"Kafka" in seed 002 names its level and its mention count', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Kafka', 2));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /\*\*Apache Kafka\*\*/);
    assert.match(texts[0]!, /\*\*In this posting:\*\* (Required|Preferred|Mentioned)( — [^·\n]+)? · [2-9] mentions/);
  });

  test('"5+ years" reads as "Required: at least 5 years of …"', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const texts = await hoverTexts(document.uri, positionOf(document, '5+ years', 1));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /^\*\*Required:\*\* at least 5 years of Python or Scala/);
  });

  test('"5+ years of experience in ML infrastructure" in seed 002', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const texts = await hoverTexts(document.uri, positionOf(document, '5+ years of experience in ML', 1));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /^\*\*Required:\*\* at least 5 years of ML infrastructure/);
  });

  test('hover Markdown is untrusted, without HTML or command links', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const position = positionOf(document, 'Kubernetes', 2);
    const hovers = await import('vscode').then((vscode) => vscode.commands.executeCommand<import('vscode').Hover[]>('vscode.executeHoverProvider', document.uri, position));
    assert.equal(hovers.length, 1);
    for (const c of hovers[0]!.contents) {
      const md = c as import('vscode').MarkdownString;
      assert.notEqual(md.isTrusted, true);
      assert.notEqual(md.supportHtml, true);
      assert.doesNotMatch(md.value, /command:|<[a-z]/i);
    }
  });
});
