// The Postings and Skills Across Postings views through the test API; the index is incremental.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually } from './posting-api.ts';
import { copyIntoWorkspace, reviewApi, workspaceUri, type ReviewApi, type ReviewTreeSnapshot } from './review-helpers.ts';

let review: ReviewApi;
let cleanUp: () => void;
const row = (rows: ReviewTreeSnapshot[], label: string) => rows.find((r) => r.label === label);

suite('review: Postings and Skills Across Postings views', () => {
  suiteSetup(async () => {
    cleanUp = copyIntoWorkspace([
      ['seeds/003_a98712cf0a13e054.txt', 'review-views/003.txt'],
      ['seeds/004_73475181918ca075.txt', 'review-views/004.txt'],
    ]);
    review = await reviewApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    cleanUp();
  });

  test('Postings: every posting of the workspace with its skill and problem counts', async () => {
    const rows = await eventually(async () => {
      const r = await review.views.postings();
      return row(r, 'review-views/004.txt') && row(r, 'review-views/003.txt') && r;
    }, 'the copied postings in the view', 20_000);
    for (const name of ['senior-data-engineer.posting.md', 'seeds/000_f99fb1aa4bb66697.txt', 'seeds/002_cb59bd19a12584bd.txt']) assert.ok(row(rows, name), name);
    const seed = row(rows, 'review-views/004.txt')!;
    const findings = (await review.findings(workspaceUri('review-views/004.txt')))!.filter((f) => f.severity !== 'hint');
    const api = await vscode.extensions.getExtension<{ analyze(u: vscode.Uri): Promise<{ analysis?: { skills: unknown[] } }> }>('posting-lens.posting-lens')!.activate();
    const skills = (await api.analyze(workspaceUri('review-views/004.txt'))).analysis!.skills.length;
    assert.equal(seed.description, `${skills} skills · ${findings.length} problems`);
    assert.equal(seed.contextValue, 'posting');
    assert.deepEqual(seed.children.map((c) => c.description).sort(), findings.map((f) => f.ruleId).sort());
    assert.ok(seed.children.some((c) => c.description === 'degree-without-equivalent'));
  });

  test('Skills Across Postings: skill → the postings that require or prefer it; a click selects the mentions', async () => {
    const skills = await review.views.skillsAcross();
    assert.ok(skills.length > 20, `${skills.length} skills`);
    const counts = skills.map((s) => Number(/^(\d+) posting/.exec(s.description ?? '')?.[1]));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most common first');
    const python = row(skills, 'Python')!;
    assert.ok(python, 'Python is across the postings');
    assert.equal(python.children.length, counts[skills.indexOf(python)]);
    assert.ok(python.children.every((c) => c.description === 'required' || c.description === 'preferred'));
    const seed = python.children.find((c) => c.label === 'seeds/000_f99fb1aa4bb66697.txt')!;
    assert.ok(seed, python.children.map((c) => c.label).join(', '));
    await vscode.commands.executeCommand(seed.command!.command, ...(seed.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('seeds/000_f99fb1aa4bb66697.txt'));
    assert.ok(editor.selections.length >= 1);
    assert.ok(editor.selections.every((s) => /python/i.test(editor.document.getText(s))), editor.selections.map((s) => editor.document.getText(s)).join(', '));
  });

  test('the index analyses only the file that changed, and follows files created and deleted', async () => {
    await review.whenIdle();
    const before = review.analysedCount();
    const uri = workspaceUri('review-views/004.txt');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\nSalary: $150,000 - $180,000 per year\n`));
    await eventually(async () => {
      const seed = row(await review.views.postings(), 'review-views/004.txt');
      return seed && !seed.children.some((c) => c.description === 'compensation-missing');
    }, 'the change in the view', 15_000);
    await review.whenIdle();
    assert.equal(review.analysedCount() - before, 1, `analysed ${review.analysedCount() - before} times`);

    const added = workspaceUri('review-views/new.txt');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('Data Engineer\n\nRequirements\n- SQL\n'));
    await eventually(async () => row(await review.views.postings(), 'review-views/new.txt'), 'the new posting', 15_000);
    await vscode.workspace.fs.delete(added);
    await eventually(async () => !row(await review.views.postings(), 'review-views/new.txt'), 'the deleted posting gone', 15_000);
  });

  test('Compare With Posting from the Postings view context menu', async () => {
    const rows = await review.views.postings();
    const node = { type: 'posting', posting: { uri: workspaceUri('review-views/003.txt') } };
    assert.ok(row(rows, 'review-views/003.txt'));
    const markdown = await vscode.commands.executeCommand<string>('postingLens.compareWithPosting', node, workspaceUri('review-views/004.txt'));
    assert.match(markdown, /^### Posting changes: `review-views\/003\.txt` → `review-views\/004\.txt`\n/);
    assert.match(markdown, /\*\*Skills\*\*/);
  });
});
