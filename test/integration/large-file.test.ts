import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, hoverTexts, openFixture, positionOf } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';

let api: PostingLensApi;

suite('large and binary postings', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
    await vscode.workspace.getConfiguration('postingLens').update('maxFileSize', 20_000, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(() => vscode.workspace.getConfiguration('postingLens').update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace));

  test('a posting over postingLens.maxFileSize gets a status bar notice instead of analysis', async () => {
    const line = 'Requirements: 5+ years of Kafka and Kubernetes experience in production.\n';
    await vscode.workspace.fs.writeFile(fixtureUri('huge.posting'), new TextEncoder().encode(line.repeat(400)));
    const document = await openFixture('huge.posting');
    assert.equal((await api.analyze(document.uri)).state, 'too-large');
    const status = await eventually(() => api.statusBar().text.includes('too large') && api.statusBar(), 'the notice');
    assert.equal(status.visible, true);
    assert.equal(status.text, '$(warning) Posting too large');
    assert.match(status.tooltip, /29 KB of text and the limit \(postingLens\.maxFileSize\) is 20 KB/);
    assert.deepEqual(await hoverTexts(document.uri, positionOf(document, 'Kafka', 2)), [], 'no hover from an unanalysed posting');
    assert.deepEqual(await api.views.skills(), []);
  });

  test('raising the limit analyses it', async () => {
    await vscode.workspace.getConfiguration('postingLens').update('maxFileSize', 1_000_000, vscode.ConfigurationTarget.Workspace);
    await openFixture('huge.posting');
    const status = await eventually(() => /skills? · 5\+ yrs$/.test(api.statusBar().text) && api.statusBar(), 'the analysis');
    assert.match(status.text, /^\$\(checklist\) \d+ skills · 5\+ yrs$/);
    await vscode.workspace.getConfiguration('postingLens').update('maxFileSize', 20_000, vscode.ConfigurationTarget.Workspace);
  });

  test('binary content (NUL bytes) is never analysed', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'posting', content: 'Kafka\u0000\u0001\u0002 Kubernetes\n' });
    await vscode.window.showTextDocument(document);
    assert.equal((await api.analyze(document.uri)).state, 'binary');
    const status = await eventually(() => api.statusBar().text.includes('Not a text posting') && api.statusBar(), 'the binary notice');
    assert.equal(status.visible, true);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
