// Hover and tooltip Markdown for VS Code: never trusted, no HTML, no theme icons, no command links.
import * as vscode from 'vscode';

export function untrustedMarkdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}
