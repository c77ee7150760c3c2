// The command tree items run on click: show the posting and select a range in it.
import * as vscode from 'vscode';

export const REVEAL_COMMAND = 'postingLens.reveal';

export async function revealRange(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerRevealCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, range: vscode.Range) => revealRange(uri, range)));
}
