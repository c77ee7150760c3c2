import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, hoverTexts, positionOf } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';

let api: PostingLensApi;

async function untitled(content: string, language = 'posting'): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document);
  return document;
}

// Untitled editors stay open: a closed Untitled-1 may still answer for its URI while the next one
// is created under the same name.
suite('odd postings', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
    await api.whenIdle();
  });

  test('an empty posting: no skills, no sections, no errors', async () => {
    const document = await untitled('');
    await eventually(() => api.activePosting()?.toString() === document.uri.toString(), 'the active posting');
    await eventually(() => api.statusBar().text === '$(checklist) 0 skills', `"0 skills", got "${api.statusBar().text}"`);
    assert.deepEqual(await api.views.skills(), []);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols ?? [], []);
  });

  test('CRLF line ends: hover and highlight ranges land on the words', async () => {
    const document = await untitled('Requirements\r\n- 5+ years of Python\r\n- Kafka and Flink\r\n\r\nNice to have\r\n- Kafka Streams\r\n');
    const texts = await hoverTexts(document.uri, positionOf(document, 'Flink', 2));
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /Flink\*\*/);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, positionOf(document, 'Python', 2));
    assert.deepEqual(highlights.map((h) => document.getText(h.range)), ['Python']);
  });

  test('scraped text with mojibake and run-together lines still gets sections and skills', async () => {
    const document = await untitled('Data Engineer 路 Berlin 路 Reposted 2 days ago\nAbout the jobResponsibilities\n• Build pipelines in Spark and Airflow\nQualifications\n• 3+ years of SQL\n');
    const { analysis } = await api.analyze(document.uri);
    assert.ok(analysis!.skills.some((s) => s.id === 'spark'), analysis!.skills.map((s) => s.id).join(', '));
    assert.ok((await api.views.sections()).length > 0);
  });

  test('typing fast: the views and the status bar end on the last version', async () => {
    const document = await untitled('Requirements\n- Python\n');
    const editor = vscode.window.activeTextEditor!;
    for (const word of [' Go', ' Rust', ' Kotlin']) await editor.edit((e) => e.insert(document.lineAt(1).range.end, word));
    await eventually(async () => (await api.analyze(document.uri)).analysis!.skills.length === 4 && api.statusBar().text === '$(checklist) 4 skills', `4 skills, got "${api.statusBar().text}"`);
  });
});
