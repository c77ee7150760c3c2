import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, fixtureUri, openFixture } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';

let api: PostingLensApi;

suite('commands', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
  });

  test('Open as Job Posting switches a plain text file to the posting language', async () => {
    await vscode.workspace.fs.writeFile(fixtureUri('notes/role.text'), new TextEncoder().encode('Requirements\n- 3+ years of Go\n'));
    const document = await openFixture('notes/role.text');
    assert.notEqual(document.languageId, 'posting');
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.openAsPosting');
    assert.equal(result.languageId, 'posting');
    await eventually(() => api.activePosting()?.toString() === result.uri.toString(), 'the posting in the views');
  });

  test('Open as Job Posting picks the Markdown flavour for Markdown files', async () => {
    await vscode.workspace.fs.writeFile(fixtureUri('notes/role.md'), new TextEncoder().encode('# Role\n\n## Requirements\n\n- Kafka\n'));
    const document = await openFixture('notes/role.md');
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.openAsPosting', document.uri);
    assert.equal(result.languageId, 'posting-markdown');
  });

  test('Open a Sample Posting opens the posting shipped with the extension', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('postingLens.openSample');
    assert.equal(editor.document.languageId, 'posting-markdown');
    assert.match(editor.document.getText(), /# Senior Platform Engineer/);
    const { analysis } = await api.analyze(editor.document.uri);
    assert.ok(analysis!.skills.length >= 20, `${analysis!.skills.length} skills`);
  });

  test('Copy Section puts the section text on the clipboard', async () => {
    await openFixture('senior-data-engineer.posting.md');
    await api.whenIdle();
    const node = api.views.sectionNode(['Senior Data Engineer', 'Requirements']);
    assert.ok(node);
    await vscode.commands.executeCommand('postingLens.sections.copy', node);
    assert.equal(await vscode.env.clipboard.readText(), '## Requirements\n\n- 5+ years of experience with Python or Scala\n- Solid SQL, including window functions\n- Experience with Terraform');
  });

  test('the manifest: commands in the "Posting Lens" category, view-only ones hidden, settings with scope and description', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const commands: { command: string; category?: string }[] = pkg.contributes.commands;
    assert.ok(commands.length >= 10);
    for (const c of commands) assert.equal(c.category, 'Posting Lens', c.command);
    const hidden = new Set(pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const id of ['postingLens.sections.copy', 'postingLens.sections.extractSkills', 'postingLens.skills.nextMention', 'postingLens.reveal']) assert.ok(hidden.has(id), id);
    for (const [key, s] of Object.entries<{ scope?: string; markdownDescription?: string }>(pkg.contributes.configuration.properties)) {
      assert.ok(s.scope, `${key} has no scope`);
      assert.ok(s.markdownDescription, `${key} has no markdownDescription`);
    }
    // Languages, commands and views activate implicitly; the one explicit event fills Problems in a
    // repository of postings before any posting is opened.
    assert.deepEqual(pkg.activationEvents ?? [], ['workspaceContains:.postinglens.yaml']);
  });

  test('every contributed command is registered', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands as { command: string }[]) assert.ok(registered.has(c.command), c.command);
  });
});
