// The editor and the CLI give the same findings on a fixture repository (its .postinglens.yaml sets
// severities, a threshold, a glossary and ignore globs), and the same comparison of two postings.
import * as assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually } from './posting-api.ts';
import { copyIntoWorkspace, describeDiagnostics, ourDiagnostics, reviewApi, runCli, workspaceRoot, workspaceUri, type ReviewApi } from './review-helpers.ts';

interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

let review: ReviewApi;
let cleanUp: () => void;

suite('review: parity between the editor and the CLI', () => {
  suiteSetup(async () => {
    cleanUp = copyIntoWorkspace([
      ['test/fixtures/review', 'review-parity'],
      ['seeds', 'review-parity-seeds'],
    ]);
    review = await reviewApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanUp();
  });

  test('every posting of the fixture repository: the same findings in Problems as `check --format json`', async () => {
    const json = await checkJson('review-parity');
    const paths = json.files.map((f) => f.path).sort();
    assert.ok(paths.length >= 9, paths.join(', '));
    assert.ok(!paths.some((p) => p.includes('drafts/') || p.includes('.template.')), 'the CLI honours the ignore globs');
    assert.ok(json.files.some((f) => f.findings.some((x) => x.severity === 'error')), 'the configuration raises compensation-missing to error');
    assert.ok(await sameInProblems(json) >= 20);
  });

  test('the seeds (no configuration: the defaults): the same findings in Problems as `check --format json`', async () => {
    const json = await checkJson('review-parity-seeds');
    assert.equal(json.files.length, 5);
    assert.ok(await sameInProblems(json) >= 30);
  });

  async function checkJson(folder: string): Promise<{ files: { path: string; findings: CliFinding[] }[] }> {
    // The editor also merges the workspace glossary (.postinglens/glossary.yaml); the CLI is given it.
    return JSON.parse(await runCli(['check', '--format', 'json', '--include-hints', '--jobs', '1', '--glossary', '.postinglens/glossary.yaml', folder]));
  }

  /** Compares each file's diagnostics with the CLI's findings; returns how many were compared. */
  async function sameInProblems(json: { files: { path: string; findings: CliFinding[] }[] }): Promise<number> {
    let compared = 0;
    for (const file of json.files) {
      const uri = workspaceUri(file.path);
      let document = await vscode.workspace.openTextDocument(uri);
      if (!document.languageId.startsWith('posting')) document = await vscode.languages.setTextDocumentLanguage(document, uri.path.endsWith('.md') ? 'posting-markdown' : 'posting');
      const expected = file.findings.map((f) => `${f.line}:${f.character}-${f.endLine}:${f.endCharacter} ${f.severity} ${f.ruleId} ${f.message}`).sort();
      const editor = await review.findings(uri);
      assert.equal(editor?.length, file.findings.length, `${file.path}: ${editor?.length} findings in the editor, ${file.findings.length} from the CLI`);
      await eventually(() => describeDiagnostics(ourDiagnostics(uri)).join('\n') === expected.join('\n'), `${file.path} in Problems`, 15_000).catch(() => {
        assert.deepEqual(describeDiagnostics(ourDiagnostics(uri)), expected, file.path);
      });
      compared += expected.length;
    }
    return compared;
  }

  test('a configuration above the workspace folder (a repository opened at a subfolder) applies in the editor as in the CLI, and reloads when it changes', async () => {
    const above = path.join(path.dirname(workspaceRoot()), '.postinglens.yaml');
    assert.ok(!existsSync(above), `${above} exists before the test`);
    const uri = workspaceUri('review-parity-seeds/000_f99fb1aa4bb66697.txt');
    const severities = async (): Promise<string> => ((await review.findings(uri)) ?? []).filter((f) => f.ruleId === 'compensation-missing').map((f) => f.severity).join(',');
    const defaults = await severities();
    assert.ok(defaults && !defaults.includes('error'), `compensation-missing by default: ${defaults}`);
    try {
      writeFileSync(above, 'rules:\n  compensation-missing: error\n');
      await eventually(async () => (await severities()) === 'error', 'the configuration above the workspace raises compensation-missing to error', 15_000);
      // The CLI finds the same file from the same folder: the same findings in Problems.
      assert.ok((await sameInProblems(await checkJson('review-parity-seeds'))) >= 30);
      writeFileSync(above, 'rules:\n  compensation-missing: off\n');
      await eventually(async () => (await severities()) === '', 'an edit of the file above the workspace reloads it', 15_000);
    } finally {
      rmSync(above, { force: true });
    }
    await eventually(async () => (await severities()) === defaults, 'deleting the file above the workspace restores the defaults', 15_000);
  });

  test('an ignored posting gets no diagnostics in the editor either', async () => {
    const uri = workspaceUri('review-parity/drafts/wip.md');
    const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'posting-markdown');
    assert.equal(await review.findings(document.uri), undefined);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(ourDiagnostics(uri), []);
  });

  test('Compare With Posting: the same Markdown as `diff --format markdown`', async () => {
    const a = 'review-parity/diff/backend-v1.md';
    const b = 'review-parity/diff/backend-v2.md';
    const markdown = await vscode.commands.executeCommand<string>('postingLens.compareWithPosting', workspaceUri(a), workspaceUri(b));
    assert.equal(markdown, await runCli(['diff', '--format', 'markdown', a, b]));
    assert.equal(review.lastComparison(), markdown);
    assert.match(markdown, /✏️ Apache Kafka: preferred → required/);
    assert.match(markdown, /➖ PostgreSQL \(was required\)/);
    const preview = await eventually(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /backend-v1\.md ↔/.test(t.label)), 'the Markdown preview tab');
    assert.ok(preview.input instanceof vscode.TabInputWebview, 'the comparison is shown in the Markdown preview');
  });
});
