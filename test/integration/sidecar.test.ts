import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri, openFixture } from './helpers.ts';
import type { PostingLensApi } from './posting-api.ts';

const sidecar = () => fixtureUri('senior-data-engineer.skills.yaml');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const run = () => vscode.commands.executeCommand<vscode.Uri | undefined>('postingLens.extractSkillsToFile', fixtureUri('senior-data-engineer.posting.md'));

type Warning = typeof vscode.window.showWarningMessage;
const original: Warning = vscode.window.showWarningMessage;
/** Answers the modal prompt like a person would, and records what it asked. */
function answerPrompt(answer: string | undefined): { asked: string[] } {
  const record = { asked: [] as string[] };
  (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async (message: string, options: vscode.MessageOptions) => {
    record.asked.push(`${message}${options?.modal ? ' [modal]' : ''}`);
    return answer;
  };
  return record;
}

suite('Extract Skills to File (sidecar)', () => {
  suiteSetup(async () => {
    await (await activateExtension<PostingLensApi>()).whenIdle();
    await vscode.workspace.fs.delete(sidecar()).then(undefined, () => undefined);
  });

  teardown(async () => {
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    await vscode.workspace.getConfiguration('postingLens').update('extract.overwrite', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('writes <name>.skills.yaml next to the posting, with no temporary file left', async () => {
    const prompt = answerPrompt('Overwrite');
    const written = await run();
    assert.equal(written?.toString(), sidecar().toString());
    const text = await read(sidecar());
    assert.match(text, /^- id: senior-data-engineer\.posting\.md\n/);
    assert.match(text, /\n {4}- id: triton-inference-server\n/);
    assert.deepEqual(prompt.asked, [], 'no prompt when the file is new');
    const names = (await vscode.workspace.fs.readDirectory(fixtureUri('.'))).map(([n]) => n);
    assert.deepEqual(names.filter((n) => n.endsWith('.tmp')), []);
  });

  test('asks before overwriting; "Cancel" keeps the file', async () => {
    await write(sidecar(), 'keep me\n');
    const prompt = answerPrompt(undefined);
    assert.equal(await run(), undefined);
    assert.deepEqual(prompt.asked, ['senior-data-engineer.skills.yaml already exists. Overwrite it? [modal]']);
    assert.equal(await read(sidecar()), 'keep me\n');
  });

  test('asks before overwriting; "Overwrite" replaces the file', async () => {
    await write(sidecar(), 'old\n');
    const prompt = answerPrompt('Overwrite');
    assert.equal((await run())?.toString(), sidecar().toString());
    assert.equal(prompt.asked.length, 1);
    assert.match(await read(sidecar()), /^- id: senior-data-engineer\.posting\.md\n/);
  });

  test('postingLens.extract.overwrite "never" keeps the file without asking; "always" replaces it without asking', async () => {
    const config = vscode.workspace.getConfiguration('postingLens');
    await write(sidecar(), 'old\n');
    const prompt = answerPrompt('Overwrite');
    await config.update('extract.overwrite', 'never', vscode.ConfigurationTarget.Workspace);
    assert.equal(await run(), undefined);
    assert.equal(await read(sidecar()), 'old\n');
    await config.update('extract.overwrite', 'always', vscode.ConfigurationTarget.Workspace);
    assert.ok(await run());
    assert.match(await read(sidecar()), /^- id: /);
    assert.deepEqual(prompt.asked, []);
  });

  test('the command runs on the active posting when given no file', async () => {
    await write(sidecar(), 'old\n');
    answerPrompt('Overwrite');
    await openFixture('senior-data-engineer.posting.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('postingLens.extractSkillsToFile');
    assert.equal(written?.toString(), sidecar().toString());
  });
});
