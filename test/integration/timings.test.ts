// Timings in the real extension host, for `npm run bench` (scripts/bench-extension.mjs reads the
// file this writes): activation, hover latency through VS Code, re-analysis after an edit.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, openFixture } from './helpers.ts';
import { eventually, type PostingLensApi } from './posting-api.ts';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

suite('timings (recorded for the benchmark)', () => {
  test('activation, hover p95 on seed 000, re-analysis of a 100 KB posting after a one-character edit', async () => {
    const api = await activateExtension<PostingLensApi>();
    assert.ok(api.activationMs > 0);
    const document = await openFixture('seeds/000_f99fb1aa4bb66697.txt');
    const { mentions } = await api.analyze(document.uri);
    const hovers: number[] = [];
    for (const m of mentions.slice(0, 60)) {
      const t0 = performance.now();
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, m.range.start);
      hovers.push(performance.now() - t0);
      assert.ok(result.length >= 1);
    }
    const seed = document.getText();
    let big = '';
    while (big.length < 100_000) big += seed + '\n\n';
    const large = await vscode.workspace.openTextDocument({ language: 'posting', content: big });
    const editor = await vscode.window.showTextDocument(large);
    await api.analyze(large.uri);
    await editor.edit((e) => e.insert(large.positionAt(50_000), 'x'));
    const t0 = performance.now();
    await api.analyze(large.uri);
    const reanalysis = performance.now() - t0;
    await eventually(() => !!api.statusBar().text, 'the status bar');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    let root = __dirname;
    while (!existsSync(path.join(root, 'package.json')) && path.dirname(root) !== root) root = path.dirname(root);
    const out = path.join(root, '.bench');
    mkdirSync(out, { recursive: true });
    const record = { when: new Date().toISOString(), vscode: vscode.version, activationMs: api.activationMs, hoverP95Ms: p95(hovers), hovers: hovers.length, reanalysisMs: reanalysis, size: big.length };
    writeFileSync(path.join(out, 'extension-host.json'), JSON.stringify(record, null, 2));
    console.log(`timings: ${JSON.stringify(record)}`);
  });
});
