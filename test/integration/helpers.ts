// Shared helpers for the integration suites: open fixtures, find text, ask providers the way
// VS Code does.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'posting-lens.posting-lens';

/** Activates the extension (if needed) and returns its test API. */
export async function activateExtension<T = unknown>(): Promise<T> {
  const extension = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the extension host`);
  return extension.activate();
}

/** A file of the fixture workspace (test/integration/fixtures/workspace, copied per run). */
export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position inside the n-th (0-based) occurrence of `text`, `offsetInText` characters in. */
export function positionOf(document: vscode.TextDocument, text: string, offsetInText = 1, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    assert.notEqual(index, -1, `"${text}" (occurrence ${occurrence}) not found in ${document.uri.path}`);
  }
  return document.positionAt(index + offsetInText);
}

/** The Markdown of every hover VS Code collects at a position, with text escapes undone. */
export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => unescapeMarkdown(typeof c === 'string' ? c : c.value)));
}

/** Undoes Markdown escaping of text (punctuation backslashed, spaces as &nbsp;). */
export const unescapeMarkdown = (md: string): string => md.replace(/&nbsp;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');
