import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openFixture, positionOf } from './helpers.ts';
import { eventually, type PostingLensApi, type TreeSnapshot } from './posting-api.ts';
import { copyIntoWorkspace, workspaceUri } from './review-helpers.ts';

let api: PostingLensApi;
const labels = (nodes: TreeSnapshot[]) => nodes.map((n) => n.label);

suite('views: Sections, Skills, Requirements, status bar', () => {
  suiteSetup(async () => {
    api = await activateExtension<PostingLensApi>();
  });

  test('Sections: the tree with kinds, counts and icons; expands to bullets', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    await eventually(() => api.activePosting()?.toString() === document.uri.toString(), 'the active posting');
    const [title, ...rest] = await api.views.sections();
    assert.equal(rest.length, 0);
    assert.equal(title!.label, 'Senior Data Engineer');
    assert.deepEqual(labels(title!.children), ['About the role', 'Responsibilities', 'Requirements', 'Nice to have']);
    const requirements = title!.children[2]!;
    const { analysis } = await api.analyze(document.uri);
    const inRequirements = new Set(analysis!.skills.flatMap((s) => (s.mentions as { section: string }[]).filter((m) => m.section === 'Requirements').map(() => s.id)));
    assert.ok(inRequirements.size >= 4, 'Python, Scala, SQL, Terraform');
    assert.equal(requirements.description, `requirements · 3 items · ${inRequirements.size} skills`);
    assert.equal(requirements.icon, 'verified');
    assert.deepEqual(labels(requirements.children), ['5+ years of experience with Python or Scala', 'Solid SQL, including window functions', 'Experience with Terraform']);
    assert.equal(requirements.contextValue, 'section');
    assert.equal(requirements.command?.command, 'postingLens.reveal');
  });

  test('Sections: a click reveals and selects the heading', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const [title] = await api.views.sections();
    const nice = title!.children.find((c) => c.label === 'Nice to have')!;
    await vscode.commands.executeCommand(nice.command!.command, ...(nice.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), document.uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'Nice to have');
  });

  test('Sections: noise sections are hidden unless postingLens.sections.showNoise', async () => {
    // Seed 003 is a LinkedIn scrape: job-board debris sections between its own.
    const cleanUp = copyIntoWorkspace([['seeds/003_a98712cf0a13e054.txt', 'views-noise-003.txt']]);
    const document = await vscode.workspace.openTextDocument(workspaceUri('views-noise-003.txt'));
    await vscode.window.showTextDocument(document);
    await eventually(() => api.activePosting()?.toString() === document.uri.toString(), 'the active posting');
    const { analysis } = await api.analyze(document.uri);
    const kinds = analysis!.sections.map((s) => s.kind);
    assert.ok(kinds.includes('noise'), kinds.join(', '));
    assert.equal((await api.views.sections()).length, kinds.filter((k) => k !== 'noise').length);
    const settings = vscode.workspace.getConfiguration('postingLens');
    await settings.update('sections.showNoise', true, vscode.ConfigurationTarget.Workspace);
    try {
      await eventually(async () => (await api.views.sections()).length === kinds.length, 'noise sections shown');
    } finally {
      await settings.update('sections.showNoise', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      cleanUp();
    }
  });

  test('Skills: grouped by level with mention counts; tooltip shows the definition', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    if (api.views.skillsGrouping() !== 'level') await vscode.commands.executeCommand('postingLens.skills.groupByLevel');
    const groups = await api.views.skills();
    const { analysis } = await api.analyze(document.uri);
    const count = (level: string) => analysis!.skills.filter((s) => s.level === level).length;
    assert.deepEqual(
      groups.map((g) => `${g.label} (${g.description})`),
      [`Required (${count('required')} skills)`, `Preferred (${count('preferred')} skills)`, `Mentioned (${count('mentioned')} skills)`],
    );
    assert.ok(labels(groups[0]!.children).includes('Python'));
    assert.deepEqual(labels(groups[1]!.children), ['Apache Airflow', 'Dagster', 'Triton Inference Server']);
    const triton = groups[1]!.children[2]!;
    assert.match(triton.description!, /^1× · /);
    assert.match(triton.tooltip!, /Triton Inference Server/);
    assert.match(triton.tooltip!, /inference/i);
    assert.equal(triton.children.length, 1);
    assert.match(triton.children[0]!.description!, /^line 28 · Preferred — Nice to have$/);
  });

  test('Skills: the title button groups by category and back', async () => {
    await openFixture('senior-data-engineer.posting.md');
    await vscode.commands.executeCommand('postingLens.skills.groupByCategory');
    const groups = await api.views.skills();
    assert.ok(groups.some((g) => g.label === 'Languages' && labels(g.children).includes('Python')), JSON.stringify(labels(groups)));
    await vscode.commands.executeCommand('postingLens.skills.groupByLevel');
    assert.equal((await api.views.skills())[0]!.label, 'Required');
  });

  test('Skills: a click steps through the mentions', async () => {
    const document = await openFixture('seeds/002_cb59bd19a12584bd.txt');
    await eventually(() => api.activePosting()?.toString() === document.uri.toString(), 'the active posting');
    const kafka = (await api.views.skills()).flatMap((g) => g.children).find((s) => s.label === 'Apache Kafka')!;
    assert.equal(kafka.command?.command, 'postingLens.skills.nextMention');
    const lines: number[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand(kafka.command!.command, ...(kafka.command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.getText(editor.selection), 'Kafka');
      lines.push(editor.selection.start.line);
    }
    assert.deepEqual(lines, [positionOf(document, 'Kafka', 0, 0).line, positionOf(document, 'Kafka', 0, 1).line, positionOf(document, 'Kafka', 0, 0).line]);
  });

  test('Requirements: years, degrees, languages, location and work mode, seniority', async () => {
    await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    const groups = await api.views.requirements();
    assert.deepEqual(labels(groups), ['Experience', 'Education', 'Languages', 'Location and work mode', 'Seniority', 'Work authorization', 'Compensation']);
    const experience = groups[0]!;
    assert.equal(experience.description, '5+ years required');
    assert.deepEqual(labels(experience.children), ['At least 5 years of software engineering']);
    assert.equal(experience.children[0]!.description, 'Required');
    assert.match(experience.children[0]!.tooltip!, /5\+ years/);
  });

  test('Requirements of the sample-like Markdown posting', async () => {
    await openFixture('senior-data-engineer.posting.md');
    const groups = await api.views.requirements();
    const location = groups.find((g) => g.label === 'Location and work mode')!;
    assert.equal(location.description, 'Hybrid');
    assert.ok(labels(location.children).includes('Berlin, Germany'), JSON.stringify(labels(location.children)));
    assert.equal(groups.find((g) => g.label === 'Seniority')!.description, 'Senior');
  });

  test('status bar: "N skills · 5+ yrs", click focuses the Skills view; follows edits', async () => {
    const document = await openFixture('senior-data-engineer.posting.md');
    const n = (await api.analyze(document.uri)).analysis!.skills.length;
    const status = await eventually(() => api.statusBar().text === `$(checklist) ${n} skills · 5+ yrs` && api.statusBar(), `"${n} skills · 5+ yrs", got "${api.statusBar().text}"`);
    assert.equal(status.command, 'postingLens.skills.focus');
    assert.equal(status.visible, true);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(document.lineCount - 1, 0), '- Rust\n'));
    await eventually(() => api.statusBar().text === `$(checklist) ${n + 1} skills · 5+ yrs`, `${n + 1} skills after an edit, got "${api.statusBar().text}"`);
    await vscode.commands.executeCommand('undo');
    await eventually(() => api.statusBar().text === `$(checklist) ${n} skills · 5+ yrs`, `back to ${n}`);
    await vscode.commands.executeCommand(status.command!);
  });
});

suite('views: the Sections view follows the cursor', () => {
  test('moving the cursor into a section selects it in the visible Sections view', async () => {
    const api = await activateExtension<PostingLensApi>();
    const document = await openFixture('senior-data-engineer.posting.md');
    await api.whenIdle();
    await vscode.commands.executeCommand('postingLens.sections.focus');
    const editor = await vscode.window.showTextDocument(document);
    for (const [text, title] of [
      ['Solid SQL', 'Requirements'],
      ['Dagster', 'Nice to have'],
      ['streaming platform', 'About the role'],
    ] as const) {
      const at = positionOf(document, text, 1);
      editor.selection = new vscode.Selection(at, at);
      await eventually(() => api.views.sectionsSelection()[0] === title, `"${title}" selected, got ${JSON.stringify(api.views.sectionsSelection())}`);
    }
    await vscode.commands.executeCommand('workbench.view.explorer');
  });
});
