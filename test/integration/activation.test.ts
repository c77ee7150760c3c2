import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, fixtureUri } from './helpers.ts';

interface Api {
  analyze(uri: vscode.Uri): Promise<{ mentions: { entryId: string; text: string; range: vscode.Range }[] }>;
}

suite('activation', () => {
  test('the extension activates and returns its API', async () => {
    const api = await activateExtension<Api>();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.equal(typeof api?.analyze, 'function');
  });

  test('analyze() finds glossary mentions with editor ranges', async () => {
    const api = await activateExtension<Api>();
    const uri = fixtureUri('seeds/002_cb59bd19a12584bd.txt');
    const { mentions } = await api.analyze(uri);
    const kafka = mentions.find((m) => m.text === 'Kafka');
    assert.ok(kafka, `no Kafka mention among ${mentions.map((m) => m.text).join(', ')}`);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(kafka.range), 'Kafka');
  });
});
