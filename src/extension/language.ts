import type * as vscode from 'vscode';

/** The language id contributed in package.json ("Job Posting"). */
export const POSTING_LANGUAGE_ID = 'posting';

/** Documents the providers answer for: postings in files and in untitled editors, any scheme. */
export const postingSelector: vscode.DocumentSelector = [{ language: POSTING_LANGUAGE_ID }];
