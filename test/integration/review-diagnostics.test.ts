// Diagnostics, quick fixes, Fix All, directives and `.postinglens.yaml` in the real editor.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually } from './posting-api.ts';
import { codeOf, copyIntoWorkspace, ourDiagnostics, reviewApi, workspaceUri, type ReviewApi } from './review-helpers.ts';

const SEEDS = ['000_f99fb1aa4bb66697.txt', '001_ea8f28dc49a10842.txt', '002_cb59bd19a12584bd.txt', '003_a98712cf0a13e054.txt', '004_73475181918ca075.txt'];
const DOCS = 'https://github.com/posting-lens/posting-lens/blob/main/docs/rules/';
let review: ReviewApi;
let cleanUp: () => void;

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const withCode = (uri: vscode.Uri, ruleId: string) => ourDiagnostics(uri).filter((d) => codeOf(d) === ruleId);
const some = <T>(list: T[]) => (list.length ? list : undefined);

let scratch = 0;
/** A new posting file in the workspace, opened in an editor (untitled documents may be restored from backups). */
async function openScratch(content: string): Promise<vscode.TextDocument> {
  const uri = workspaceUri(`review-seeds/scratch-${++scratch}.posting`);
  await write(uri, content);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('review: diagnostics, quick fixes and configuration in the editor', () => {
  suiteSetup(async () => {
    cleanUp = copyIntoWorkspace([['seeds', 'review-seeds']]);
    review = await reviewApi();
  });

  suiteTeardown(async () => {
    await closeAll();
    cleanUp();
  });

  test('every seed: compensation-missing, with the rule id and its docs page as the code', async () => {
    for (const seed of SEEDS) {
      const uri = workspaceUri(`review-seeds/${seed}`);
      const [d] = await eventually(() => some(withCode(uri, 'compensation-missing')), `compensation-missing on ${seed}`, 30_000);
      assert.equal(d!.source, 'Posting Lens');
      assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(d!.message, 'No pay range is stated: add the base pay range (minimum and maximum, currency, period).');
      assert.ok(typeof d!.code === 'object');
      assert.equal(d!.code.target.toString(), vscode.Uri.parse(`${DOCS}compensation-missing.md`).toString());
    }
  });

  test('seed 003: the scraped debris and the mojibake; seed 004: the degree without an equivalent', async () => {
    const scraped = workspaceUri('review-seeds/003_a98712cf0a13e054.txt');
    const noise = await eventually(() => withCode(scraped, 'scrape-noise').length >= 7 && withCode(scraped, 'scrape-noise'), 'scrape-noise on seed 003', 30_000);
    assert.deepEqual(
      noise.map((d) => d.message).filter((m) => m.startsWith('Page debris')),
      ['Page debris from a job board ("TikTok logo"): remove it.', 'Page debris from a job board ("Singapore 路 Reposted 17 hours ago 路 2…"): remove it.', 'Page debris from a job board ("Apply"): remove it.'],
    );
    assert.equal(noise.filter((d) => d.message === 'Garbled character "路" (mojibake): "·" was meant.').length, 4);
    assert.deepEqual(noise.find((d) => d.message.startsWith('Page debris'))!.tags, [vscode.DiagnosticTag.Unnecessary]);
    assert.equal(noise.find((d) => d.message.startsWith('Garbled'))!.tags, undefined);

    const degree = workspaceUri('review-seeds/004_73475181918ca075.txt');
    const [d] = await eventually(() => some(withCode(degree, 'degree-without-equivalent')), 'degree-without-equivalent on seed 004', 30_000);
    assert.equal(d!.range.start.line, 11);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal((d!.code as { target: vscode.Uri }).target.toString(), vscode.Uri.parse(`${DOCS}degree-without-equivalent.md`).toString());
  });

  test('an open posting is checked as you type', async () => {
    const document = await openScratch('Backend Engineer\n\nRequirements\n- Python\n');
    await eventually(() => withCode(document.uri, 'compensation-missing').length === 1, 'compensation-missing on the new posting');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Salary: $120,000 - $150,000 per year\n'));
    await eventually(() => withCode(document.uri, 'compensation-missing').length === 0, 'compensation-missing gone after typing a pay range');
    await closeAll();
  });

  test('directives: posting-lens-disable and disable-next-line', async () => {
    const text = '<!-- posting-lens-disable compensation-missing -->\nBackend Engineer\n\nRequirements\n- Python\n- Python\n';
    const document = await openScratch(text);
    await eventually(() => withCode(document.uri, 'duplicate-item').length === 1, 'duplicate-item without the directive');
    assert.equal(withCode(document.uri, 'compensation-missing').length, 0);
    await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(5, 0), '<!-- posting-lens-disable-next-line duplicate-item -->\n'));
    await eventually(() => withCode(document.uri, 'duplicate-item').length === 0, 'duplicate-item disabled for the next line');
    await closeAll();
  });

  test('quick fix: the mojibake repair, then Fix All for the safe fixes', async () => {
    const content = (await vscode.workspace.openTextDocument(workspaceUri('review-seeds/003_a98712cf0a13e054.txt'))).getText();
    const document = await openScratch(content);
    await eventually(() => withCode(document.uri, 'scrape-noise').length >= 7, 'scrape-noise on the copy');
    const garbled = document.getText().indexOf('路');
    const at = new vscode.Range(document.positionAt(garbled), document.positionAt(garbled + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, at, vscode.CodeActionKind.QuickFix.value);
    const repair = actions.find((a) => a.kind?.value === 'quickfix' && /·/.test(a.title));
    assert.ok(repair, `no repair among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(repair.isPreferred);
    assert.ok(await vscode.workspace.applyEdit(repair.edit!));
    assert.equal(document.getText().charAt(garbled), '·');
    assert.equal(document.getText().split('路').length - 1, 3);

    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.postingLens');
    assert.deepEqual(fixAll.map((a) => a.kind?.value), ['source.fixAll.postingLens']);
    await vscode.commands.executeCommand('postingLens.fixAll', document.uri);
    assert.equal(document.getText().includes('路'), false);
    assert.ok(document.getText().includes('TikTok logo'), 'debris removal is not a safe fix: Fix All leaves it');
    await eventually(() => withCode(document.uri, 'scrape-noise').every((d) => d.message.startsWith('Page debris')) && withCode(document.uri, 'scrape-noise').length === 3, 'only the debris left');
    await closeAll();
  });

  test('unknown-term: "Add to Workspace Glossary" appends a stub entry and opens it', async () => {
    const glossary = workspaceUri('.postinglens/glossary.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary));
    try {
      const document = await openScratch('Engineer\n\nRequirements\n- Experience with Java, Kotlin, Zorblax and Python.\n');
      const [d] = await eventually(() => some(withCode(document.uri, 'unknown-term')), 'unknown-term on Zorblax');
      assert.equal(d!.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(document.getText(d!.range), 'Zorblax');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d!.range);
      const add = actions.find((a) => a.title === 'Add "Zorblax" to Workspace Glossary');
      assert.ok(add?.command, `no glossary action among: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossary));
      assert.equal(after, `${before.endsWith('\n') ? before : `${before}\n`}  - id: zorblax\n    name: Zorblax\n    kind: tool\n    definition: "TODO: what Zorblax is, in one sentence."\n`);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), glossary.toString());
      assert.equal(editor.document.getText(editor.selection), 'TODO: what Zorblax is, in one sentence.');
      await eventually(() => withCode(document.uri, 'unknown-term').length === 0, 'Zorblax known once the glossary has it', 15_000);
    } finally {
      await closeAll();
      await write(glossary, before);
    }
  });

  test('.postinglens.yaml: a severity change is picked up live; an error is shown at its exact range', async () => {
    const config = workspaceUri('review-seeds/.postinglens.yaml');
    const seed = workspaceUri('review-seeds/000_f99fb1aa4bb66697.txt');
    try {
      await write(config, '# team settings\nrules:\n  compensation-missing: error\n');
      await eventually(() => withCode(seed, 'compensation-missing')[0]?.severity === vscode.DiagnosticSeverity.Error, 'compensation-missing as an error', 15_000);
      await write(config, 'rules:\n  compensation-missing: off\n  no-such-rule: warning\n');
      await eventually(() => withCode(seed, 'compensation-missing').length === 0, 'compensation-missing off', 15_000);
      const [error] = await eventually(() => some(ourDiagnostics(config)), 'the configuration error', 15_000);
      assert.equal(error!.message, 'unknown rule "no-such-rule"');
      assert.equal(error!.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual([error!.range.start.line, error!.range.start.character, error!.range.end.line, error!.range.end.character], [2, 2, 2, 14]);
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await eventually(() => withCode(seed, 'compensation-missing')[0]?.severity === vscode.DiagnosticSeverity.Warning, 'the defaults back', 15_000);
    assert.equal(ourDiagnostics(config).length, 0);
    void review;
  });

  test('postingLens.problems: every posting, only open ones, or none', async () => {
    const closed = workspaceUri('review-seeds/001_ea8f28dc49a10842.txt');
    const document = await openScratch('Backend Engineer\n\nRequirements\n- Python\n');
    const settings = vscode.workspace.getConfiguration('postingLens');
    try {
      await eventually(() => withCode(closed, 'compensation-missing').length === 1 && withCode(document.uri, 'compensation-missing').length === 1, 'both in Problems');
      await settings.update('problems', 'open', vscode.ConfigurationTarget.Workspace);
      await eventually(() => withCode(closed, 'compensation-missing').length === 0, 'the closed posting gone from Problems');
      assert.equal(withCode(document.uri, 'compensation-missing').length, 1);
      await settings.update('problems', 'off', vscode.ConfigurationTarget.Workspace);
      await eventually(() => ourDiagnostics(document.uri).length === 0, 'nothing in Problems');
      await settings.update('problems', undefined, vscode.ConfigurationTarget.Workspace);
      await eventually(() => withCode(closed, 'compensation-missing').length === 1 && withCode(document.uri, 'compensation-missing').length === 1, 'both back');
    } finally {
      await settings.update('problems', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAll();
    }
  });
});
