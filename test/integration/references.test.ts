import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openFixture, positionOf } from './helpers.ts';
import type { PostingLensApi } from './posting-api.ts';

suite('find all references across the workspace postings', () => {
  suiteSetup(async () => {
    await (await activateExtension<PostingLensApi>()).whenIdle();
  });

  test('"Kafka" is found in seed 002 and in the Markdown posting', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Kafka', 2));
    const byFile = new Map<string, string[]>();
    for (const l of locations) {
      const text = (await vscode.workspace.openTextDocument(l.uri)).getText(l.range);
      const name = vscode.workspace.asRelativePath(l.uri, false);
      byFile.set(name, [...(byFile.get(name) ?? []), text]);
    }
    // Other suites may have added postings to the workspace; these three are the fixture's own.
    assert.deepEqual(byFile.get('senior-data-engineer.posting.md'), ['Apache Kafka']);
    assert.deepEqual(byFile.get('seeds/000_f99fb1aa4bb66697.txt'), ['Kafka']);
    assert.deepEqual(byFile.get('seeds/002_cb59bd19a12584bd.txt'), ['Kafka', 'Kafka']);
    for (const l of locations) assert.ok(vscode.workspace.getWorkspaceFolder(l.uri), `${l.uri.toString()} is outside the workspace`);
    for (const [file, texts] of byFile) for (const t of texts) assert.match(t, /kafka/i, file);
    assert.ok(![...byFile.keys()].some((f) => f.endsWith('.yaml') || f.endsWith('.md') && f.startsWith('/')), 'no glossary entry among the references');
  });

  test('a plain word has no references of ours', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'warehouse', 2));
    assert.deepEqual(locations, []);
  });
});
