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

/**
 * The core's `format` option for a posting: Markdown when its editor says so, else `auto`, which with
 * the file name passed as `fileName` reads `.md`/`.markdown`/`.mdx` as Markdown, as the CLI does.
 */
export function formatOf(document: vscode.TextDocument | undefined): 'markdown' | 'auto' {
  return document?.languageId === POSTING_MARKDOWN_LANGUAGE_ID ? 'markdown' : 'auto';
}

/** A short name for a document: its workspace-relative path, or the untitled name. */
export function displayName(uri: vscode.Uri): string {
  return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
}
