import * as vscode from 'vscode';

/** The language ids contributed in package.json. */
export const POSTING_LANGUAGE_ID = 'posting';
export const POSTING_MARKDOWN_LANGUAGE_ID = 'posting-markdown';
export const POSTING_LANGUAGE_IDS: readonly string[] = [POSTING_LANGUAGE_ID, POSTING_MARKDOWN_LANGUAGE_ID];

/** Documents the providers answer for: postings in files, untitled editors and any other scheme. */
export const postingSelector: vscode.DocumentSelector = POSTING_LANGUAGE_IDS.map((language) => ({ language }));

export function isPosting(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && POSTING_LANGUAGE_IDS.includes(document.languageId);
}

/** Markdown or plain text, as the core's `format` option wants it. */
export function formatOf(document: vscode.TextDocument): 'markdown' | 'text' | 'auto' {
  if (document.languageId === POSTING_MARKDOWN_LANGUAGE_ID) return 'markdown';
  return /\.(md|markdown)$/i.test(document.uri.path) ? 'markdown' : 'auto';
}

/** A short name for a document: its workspace-relative path, or the untitled name. */
export function displayName(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}
