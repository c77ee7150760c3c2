import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openFixture, positionOf } from './helpers.ts';
import type { PostingLensApi, Section } from './posting-api.ts';

let api: PostingLensApi;

interface Outline {
  name: string;
  detail: string;
  children: Outline[];
}

const outlineOf = (symbols: vscode.DocumentSymbol[]): Outline[] => symbols.map((s) => ({ name: s.name, detail: s.detail, children: outlineOf(s.children) }));
const sectionsOf = (sections: Section[]): Outline[] => sections.map((s) => ({ name: s.title.trim() || '(preamble)', detail: s.kind, children: sectionsOf(s.children) }));

suite('document symbols, folding, highlights', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
  });

  for (const file of ['seeds/000_f99fb1aa4bb66697.txt', 'seeds/002_cb59bd19a12584bd.txt', 'senior-data-engineer.posting.md']) {
    test(`the outline of ${file} equals its sections`, async () => {
      const document = await openFixture(file);
      const { analysis } = await api.analyze(document.uri);
      assert.ok(analysis && analysis.sections.length > 0, 'the posting has sections');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      assert.deepEqual(outlineOf(symbols), sectionsOf(analysis.sections));
      const first = symbols.find((s) => s.name !== '(preamble)')!;
      assert.equal(document.getText(first.selectionRange), first.name, 'the selection range is the heading');
    });
  }

  test('the Markdown posting outline nests its ## sections under the # title', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(outlineOf(symbols).map((s) => [s.name, s.children.map((c) => `${c.name}:${c.detail}`)]), [
      ['Senior Data Engineer', ['About the role:about', 'Responsibilities:responsibilities', 'Requirements:requirements', 'Nice to have:preferred']],
    ]);
  });

  test('each section folds from its heading to its last line', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const line = (text: string) => positionOf(document, text, 0).line;
    const requirements = ranges.find((r) => r.start === line('## Requirements'));
    assert.ok(requirements, `no folding range starts at "## Requirements" among ${JSON.stringify(ranges)}`);
    assert.equal(requirements.end, line('- Experience with Terraform'));
    assert.ok(ranges.some((r) => r.start === line('## Nice to have') && r.end === line('- Experience with Triton')));
    assert.ok(ranges.some((r) => r.start === line('# Senior Data Engineer') && r.end === line('- Experience with Triton')));
  });

  test('a skill highlights its other mentions', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'Kafka', 2));
    assert.equal(highlights.length, 2);
    assert.deepEqual(highlights.map((h) => document.getText(h.range)), ['Kafka', 'Kafka']);
  });

  test('a plain word highlights nothing of ours', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'warehouse', 2));
    // VS Code's word highlighter may answer for plain words; ours must not add glossary mentions.
    assert.ok((highlights ?? []).every((h) => document.getText(h.range) === 'warehouse'));
  });
});
