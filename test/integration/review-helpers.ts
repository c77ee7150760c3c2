// Shared by the review-*.test.ts suites: the review part of the test API, fixture copies inside the
// workspace (removed afterwards, so other suites see the workspace unchanged), diagnostics as data,
// and the CLI built from the same sources and run in a child process.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from './helpers.ts';
import type { PostingLensApi } from './posting-api.ts';

export type { ReviewApi } from '../../src/extension/review/index.ts';
export type { TreeSnapshot as ReviewTreeSnapshot } from '../../src/extension/snapshot.ts';
export type { Finding as FindingData } from '../../src/core/types.ts';
import type { ReviewApi } from '../../src/extension/review/index.ts';

export async function reviewApi(): Promise<ReviewApi> {
  const api = await activateExtension<PostingLensApi & { review: ReviewApi }>();
  assert.ok(api.review, 'activate() returns no review API');
  await api.whenIdle();
  await api.review.whenIdle();
  return api.review;
}

/** The repository the extension runs from (its development path). */
export function repoRoot(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.extensionPath;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder && folder.uri.scheme === 'file', 'the fixture workspace is not a local folder');
  return folder.uri.fsPath;
}

/** Copies files or folders of the repository into the workspace; returns a function that removes them. */
export function copyIntoWorkspace(pairs: [from: string, to: string][]): () => void {
  for (const [from, to] of pairs) cpSync(path.join(repoRoot(), from), path.join(workspaceRoot(), to), { recursive: true });
  return () => {
    for (const [, to] of pairs) rmSync(path.join(workspaceRoot(), to), { recursive: true, force: true });
  };
}

export const workspaceUri = (relative: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, relative);

/** Our diagnostics of a document as plain data, sorted like the CLI's findings. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Posting Lens');
}

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/** `line:char-endLine:endChar severity ruleId message`, one per diagnostic, sorted. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${SEVERITY[d.severity]} ${codeOf(d)} ${d.message}`)
    .sort();
}

let cli: string | undefined;

/** Builds the CLI from the sources under test (not a possibly stale dist/) into a temporary folder. */
export async function buildCli(): Promise<string> {
  if (cli) return cli;
  const root = repoRoot();
  const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as typeof import('esbuild');
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'posting-lens-cli-')), 'cli.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent', absWorkingDir: root });
  return (cli = out);
}

/** Runs the CLI in the workspace folder; returns stdout whatever the exit code (1: error findings). */
export async function runCli(args: string[]): Promise<string> {
  const file = await buildCli();
  try {
    return execFileSync(process.execPath, [file, ...args], { cwd: workspaceRoot(), encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  } catch (e) {
    const err = e as { stdout?: string; status?: number; stderr?: string };
    if (err.status === 1 || err.status === 2) return err.stdout ?? '';
    throw new Error(`the CLI failed (${err.status}): ${err.stderr}`);
  }
}
