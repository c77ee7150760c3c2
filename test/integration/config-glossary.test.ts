// The glossaries a `.postinglens.yaml` names are part of its postings' glossary everywhere in the
// editor (hovers, skills, Go to Definition), as in their checks and in `posting-lens check`; a posting
// under another configuration does not see them.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, hoverTexts, positionOf } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';
import { copyIntoWorkspace, reviewApi, workspaceRoot, workspaceUri } from './review-helpers.ts';

let cleanUp: () => void;

async function open(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

suite('glossaries named by .postinglens.yaml', () => {
  suiteSetup(async () => {
    cleanUp = copyIntoWorkspace([
      ['test/fixtures/review', 'config-glossary'],
      ['test/fixtures/review/postings', 'config-glossary-elsewhere'],
    ]);
    // A plain-text posting (the fixture workspace opens *.txt as postings) beside the Markdown ones.
    const posting = 'Data Engineer\n\nRequirements\n- 3+ years of Python\n- Experience with Quarry and Kafka\n';
    for (const dir of ['config-glossary/postings', 'config-glossary-elsewhere']) writeFileSync(path.join(workspaceRoot(), dir, 'data-engineer.txt'), posting);
    await reviewApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanUp();
  });

  test('a term of the configuration\'s glossary has a hover, a skill and its definition in the glossary file', async () => {
    const document = await open('config-glossary/postings/data-engineer.txt');
    const texts = await eventually(async () => {
      const t = await hoverTexts(document.uri, positionOf(document, 'Quarry', 2));
      return t.length ? t : undefined;
    }, 'a hover on "Quarry"');
    assert.equal(texts.length, 1);
    assert.match(texts[0]!, /\*\*Quarry\*\*/);
    assert.match(texts[0]!, /in-house data catalogue/);

    const api = await activateExtension<PostingLensApi>();
    const result = await api.analyze(document.uri);
    assert.ok(result.analysis?.skills.some((s) => s.id === 'quarry'), 'Quarry is among the skills');

    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'Quarry', 2));
    assert.equal(locations.length, 1);
    const target = 'uri' in locations[0]! ? locations[0].uri : locations[0]!.targetUri;
    assert.match(target.path, /\/config-glossary\/glossary\/team\.yaml$/);
  });

  test('the same posting outside that configuration does not know the term', async () => {
    const document = await open('config-glossary-elsewhere/data-engineer.txt');
    const api = await activateExtension<PostingLensApi>();
    const result = await api.analyze(document.uri);
    assert.equal(result.state, 'ok');
    assert.ok(result.analysis!.skills.some((s) => s.id === 'kafka'), 'the posting is analysed');
    assert.ok(!result.analysis!.skills.some((s) => s.id === 'quarry'));
    assert.deepEqual(await hoverTexts(document.uri, positionOf(document, 'Quarry', 2)), []);
  });
});
