// "Posting Lens: Open as Job Posting": switches the active document to the posting language
// (the Markdown flavour for Markdown files).
import * as vscode from 'vscode';
import { POSTING_LANGUAGE_ID, POSTING_LANGUAGE_IDS, POSTING_MARKDOWN_LANGUAGE_ID } from '../language.ts';

export function registerOpenAsPostingCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingLens.openAsPosting', async (uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Posting Lens: open a file first, then run "Open as Job Posting".');
        return undefined;
      }
      if (POSTING_LANGUAGE_IDS.includes(document.languageId)) return document;
      const markdown = document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri.path);
      const result = await vscode.languages.setTextDocumentLanguage(document, markdown ? POSTING_MARKDOWN_LANGUAGE_ID : POSTING_LANGUAGE_ID);
      await vscode.window.showTextDocument(result);
      return result;
    }),
  );
}
