import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture } from './helpers.ts';
import type { PostingLensApi } from './posting-api.ts';

const extract = (uri: vscode.Uri | undefined, format: string) => vscode.commands.executeCommand<vscode.TextDocument | undefined>('postingLens.extractSkills', uri, { format });

type QuickPick = typeof vscode.window.showQuickPick;
const originalQuickPick: QuickPick = vscode.window.showQuickPick;
/** Answers the next quick picks with the item whose label matches, recording the labels offered. */
function answerQuickPicks(...answers: RegExp[]): string[][] {
  const offered: string[][] = [];
  (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
    const list = await items;
    offered.push(list.map((i) => i.label));
    const wanted = answers.shift();
    return list.find((i) => wanted?.test(i.label));
  };
  return offered;
}

suite('Extract Skills', () => {
  suiteSetup(async () => {
    await (await activateExtension<PostingLensApi>()).whenIdle();
  });

  teardown(() => {
    (vscode.window as { showQuickPick: unknown }).showQuickPick = originalQuickPick;
  });

  test('Extract Skills As… asks for the format with a quick pick', async () => {
    await openFixture('senior-data-engineer.posting.md');
    const offered = answerQuickPicks(/^YAML$/);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.extractSkillsAs');
    assert.deepEqual(offered, [['Markdown table', 'JSON', 'YAML', 'CSV']]);
    assert.equal(report.languageId, 'yaml');
    assert.match(report.getText(), /^- id: senior-data-engineer\.posting\.md\n/);
  });

  test('Extract Skills from a Posting… offers the workspace postings', async () => {
    const offered = answerQuickPicks(/^seeds\/002_/);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.extractSkillsFromPosting', { format: 'json' });
    for (const f of ['senior-data-engineer.posting.md', 'seeds/000_f99fb1aa4bb66697.txt', 'seeds/002_cb59bd19a12584bd.txt']) assert.ok(offered[0]!.includes(f), `${f} not offered: ${offered[0]}`);
    assert.equal(JSON.parse(report.getText())[0].id, 'seeds/002_cb59bd19a12584bd.txt');
  });

  test('the setting postingLens.extract.format chooses the format', async () => {
    await vscode.workspace.getConfiguration('postingLens').update('extract.format', 'csv', vscode.ConfigurationTarget.Workspace);
    try {
      const report = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.extractSkills', fixtureUri('senior-data-engineer.posting.md'));
      assert.match(report.getText(), /^id,title,company,skill_id,/);
    } finally {
      await vscode.workspace.getConfiguration('postingLens').update('extract.format', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('Markdown: a new untitled Markdown document with the skills table and requirements', async () => {
    await openFixture('senior-data-engineer.posting.md');
    const report = await extract(undefined, 'markdown');
    assert.ok(report);
    assert.equal(report.isUntitled, true);
    assert.equal(report.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, report, 'the report is shown');
    const text = report.getText();
    assert.match(text, /^## Senior Data Engineer · Example Analytics/);
    assert.match(text, /\| Skill \| Level \| Category \| Kind \| Mentions \| First line \|/);
    assert.match(text, /\| Python \| required \| languages \| language \| 1 \| \d+ \|/);
    assert.match(text, /\| Triton Inference Server \| preferred \|/);
    assert.match(text, /- \*\*experience\*\*: 5\+ years of Python or Scala \(required\)/);
  });

  test('JSON: the JSON contract of the posting', async () => {
    const report = await extract(fixtureUri('seeds/002_cb59bd19a12584bd.txt'), 'json');
    assert.ok(report);
    assert.equal(report.languageId, 'json');
    const [posting, ...rest] = JSON.parse(report.getText());
    assert.equal(rest.length, 0);
    assert.equal(posting.id, 'seeds/002_cb59bd19a12584bd.txt');
    assert.equal(posting.requirements.minYears, 5);
    const kafka = posting.skills.find((s: { id: string }) => s.id === 'kafka');
    assert.equal(kafka.level, 'preferred');
    assert.equal(kafka.mentions.length, 2);
    assert.equal(typeof kafka.mentions[0].line, 'number');
  });

  test('YAML: the same data as YAML', async () => {
    const report = await extract(fixtureUri('seeds/002_cb59bd19a12584bd.txt'), 'yaml');
    assert.ok(report);
    assert.equal(report.languageId, 'yaml');
    assert.match(report.getText(), /^- id: seeds\/002_cb59bd19a12584bd\.txt\n/);
    assert.match(report.getText(), /\n {4}- id: kafka\n {6}name: Apache Kafka\n/);
  });

  test('CSV: a header and one row per skill', async () => {
    const report = await extract(fixtureUri('senior-data-engineer.posting.md'), 'csv');
    assert.ok(report);
    const lines = report.getText().trim().split(/\r?\n/);
    assert.equal(lines[0], 'id,title,company,skill_id,skill,category,kind,level,mentions,first_line,min_years');
    assert.ok(lines.includes('senior-data-engineer.posting.md,Senior Data Engineer,Example Analytics,python,Python,languages,language,required,1,21,5'), lines.join('\n'));
    const api = await activateExtension<PostingLensApi>();
    const { analysis } = await api.analyze(fixtureUri('senior-data-engineer.posting.md'));
    assert.equal(lines.length, 1 + analysis!.skills.length, 'one row per skill');
  });

  test('every posting of the workspace in one report', async () => {
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.extractSkillsFromWorkspace', { format: 'json' });
    const ids = (JSON.parse(report.getText()) as { id: string }[]).map((p) => p.id);
    for (const id of ['seeds/000_f99fb1aa4bb66697.txt', 'seeds/002_cb59bd19a12584bd.txt', 'senior-data-engineer.posting.md']) assert.ok(ids.includes(id), `${id} missing from ${ids.join(', ')}`);
  });

  test('Extract Skills from Section: only that section', async () => {
    const api = await activateExtension<PostingLensApi>();
    await openFixture('senior-data-engineer.posting.md');
    await api.whenIdle();
    const sections = await api.views.sections();
    const title = sections[0]!;
    const nice = title.children.find((c) => c.label === 'Nice to have');
    assert.ok(nice, `no "Nice to have" under ${title.label}`);
    // The context menu passes the view's own node.
    const node = api.views.sectionNode(['Senior Data Engineer', 'Nice to have']);
    assert.ok(node);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('postingLens.sections.extractSkills', node, { format: 'json' });
    const [posting] = JSON.parse(report.getText());
    assert.deepEqual(posting.skills.map((s: { id: string }) => s.id).sort(), ['airflow', 'dagster', 'triton-inference-server']);
    assert.equal(posting.sections.length, 1);
  });
});
