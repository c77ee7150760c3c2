import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture, positionOf } from './helpers.ts';
import type { PostingLensApi } from './posting-api.ts';

let api: PostingLensApi;

async function definitions(document: vscode.TextDocument, text: string): Promise<vscode.Location[]> {
  const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, text, 1));
  return result.map((r) => ('targetUri' in r ? new vscode.Location(r.targetUri, r.targetRange) : r));
}

suite('go to definition', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
    await api.whenIdle();
  });

  test('a built-in skill opens a read-only view of its glossary entry', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    const [location, ...rest] = await definitions(document, 'Kafka');
    assert.ok(location);
    assert.equal(rest.length, 0);
    assert.equal(location.uri.scheme, 'posting-lens-glossary');
    const entry = await vscode.workspace.openTextDocument(location.uri);
    assert.match(entry.getText(), /^# Apache Kafka\n/);
    assert.match(entry.getText(), /Built-in Posting Lens glossary entry `kafka`/);
    assert.equal(entry.languageId, 'markdown');
    // A content provider's document is read-only in the editor; no file system can write it either.
    assert.notEqual(vscode.workspace.fs.isWritableFileSystem('posting-lens-glossary'), true);
  });

  test('a user glossary skill opens its file at the entry', async () => {
    const posting = fixtureUri('orbit.posting');
    await vscode.workspace.fs.writeFile(posting, new TextEncoder().encode('Requirements\n- 3+ years with Orbit CI pipelines\n'));
    const document = await openFixture('orbit.posting');
    assert.ok(api.glossaries.has('orbit-ci'), 'the workspace glossary entry is loaded');
    const [location] = await definitions(document, 'Orbit CI');
    assert.ok(location);
    assert.equal(location.uri.toString(), fixtureUri('.postinglens/glossary.yaml').toString());
    assert.equal(location.range.start.line, 4);
    const glossary = await vscode.workspace.openTextDocument(location.uri);
    assert.match(glossary.lineAt(4).text, /- id: orbit-ci/);
  });

  test('a plain word has no definition', async () => {
    const document = await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    assert.deepEqual(await definitions(document, 'Hiring manager'), []);
  });
});
