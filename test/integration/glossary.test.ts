import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, hoverTexts, openFixture, positionOf } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';

let api: PostingLensApi;
const glossaryUri = () => fixtureUri('.postinglens/glossary.yaml');
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Posting Lens');

suite('user glossaries', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
    await api.whenIdle();
  });

  test('an error in the workspace glossary is in Problems at the exact range', async () => {
    const [diagnostic, ...rest] = await eventually(() => ours(glossaryUri()).length > 0 && ours(glossaryUri()), 'glossary diagnostics');
    assert.equal(rest.length, 0);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(
      diagnostic!.message,
      'entry "lantern": field "kind" must be one of language, framework, library, tool, platform, service, database, concept, practice, credential, not "gadget"',
    );
    const document = await vscode.workspace.openTextDocument(glossaryUri());
    assert.equal(document.getText(diagnostic!.range), 'gadget');
    assert.equal(diagnostic!.range.start.line, 10);
  });

  test('the valid entry of the broken file is used, and the built-in glossary keeps working', async () => {
    assert.ok(api.glossaries.has('orbit-ci'));
    assert.ok(!api.glossaries.has('lantern'));
    assert.ok(api.glossaries.has('kafka'));
    await vscode.workspace.fs.writeFile(fixtureUri('team.posting'), new TextEncoder().encode('Requirements\n- Experience with Orbit CI and Kafka\n'));
    const document = await openFixture('team.posting');
    const orbit = await hoverTexts(document.uri, positionOf(document, 'Orbit CI', 2));
    assert.equal(orbit.length, 1);
    assert.match(orbit[0]!, /^\*\*Orbit CI\*\* · \*tool\*/);
    assert.match(orbit[0]!, /internal continuous-integration service/);
    const kafka = await hoverTexts(document.uri, positionOf(document, 'Kafka', 2));
    assert.match(kafka[0]!, /\*\*Apache Kafka\*\*/);
  });

  test('fixing the file clears the problem and loads the entry (file watcher)', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossaryUri()));
    await vscode.workspace.fs.writeFile(glossaryUri(), new TextEncoder().encode(text.replace('kind: gadget', 'kind: tool')));
    await eventually(() => ours(glossaryUri()).length === 0 && api.glossaries.has('lantern'), 'the reloaded glossary', 15_000);
    await vscode.workspace.fs.writeFile(glossaryUri(), new TextEncoder().encode(text));
    await eventually(() => ours(glossaryUri()).length === 1 && !api.glossaries.has('lantern'), 'the broken glossary again', 15_000);
  });

  test('a YAML error (duplicate key) is reported, and a glossary from postingLens.glossaries is read', async () => {
    const extra = fixtureUri('glossaries/extra.yaml');
    await vscode.workspace.fs.writeFile(extra, new TextEncoder().encode('entries:\n  - id: quasar-db\n    name: QuasarDB\n    kind: database\n    definition: A time-series database.\n  - id: twice\n    name: Twice\n    name: Twice again\n    kind: tool\n    definition: Named twice.\n'));
    await vscode.workspace.getConfiguration('postingLens').update('glossaries', ['glossaries/extra.yaml'], vscode.ConfigurationTarget.Workspace);
    try {
      await eventually(() => api.glossaries.has('quasar-db') && ours(extra).length > 0, 'the extra glossary', 15_000);
      const [duplicate] = ours(extra);
      assert.equal(duplicate!.message, 'duplicate field "name"');
      assert.equal(duplicate!.range.start.line, 7);
    } finally {
      await vscode.workspace.getConfiguration('postingLens').update('glossaries', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually(() => !api.glossaries.has('quasar-db') && ours(extra).length === 0, 'the setting removed', 15_000);
  });
});
