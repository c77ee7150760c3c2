// The welcome actions of the views: "Open a Posting…" (a file dialog) and "Open a Sample Posting"
// (a posting shipped inside the extension, opened read-only from the extension folder).
import * as vscode from 'vscode';

export const SAMPLE_POSTING = ['media', 'sample', 'senior-platform-engineer.posting.md'];

export function registerOpenPostingCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingLens.openPosting', async (): Promise<vscode.TextEditor | undefined> => {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel: 'Open Posting',
        title: 'Open a Job Posting',
        filters: { 'Job postings': ['posting', 'jd', 'md', 'txt'], 'All files': ['*'] },
      });
      if (!picked?.[0]) return undefined;
      const document = await vscode.workspace.openTextDocument(picked[0]);
      const editor = await vscode.window.showTextDocument(document);
      if (document.languageId === 'plaintext' || document.languageId === 'markdown') await vscode.commands.executeCommand('postingLens.openAsPosting');
      return editor;
    }),
    vscode.commands.registerCommand('postingLens.openSample', async (): Promise<vscode.TextEditor> => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_POSTING));
      return vscode.window.showTextDocument(document, { preview: false });
    }),
  );
}
