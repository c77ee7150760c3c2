// The postings of the workspace: files whose name makes them postings, plus those mapped to a posting
// language by `files.associations`, plus open posting documents. Read through vscode.workspace.fs.
import * as vscode from 'vscode';
import { isPosting, POSTING_LANGUAGE_IDS } from './language.ts';

const NAMED = '**/*.{posting,jd,posting.md,jd.md,posting.txt,jd.txt}';
const EXCLUDE = '**/{node_modules,.git,dist,out}/**';
/** Per glob: repositories of 10,000 postings and more (issue 7's scale) are listed whole. */
const MAX_FILES = 50_000;

/** Glob patterns for postings: the contributed names and the posting entries of files.associations. */
export function postingGlobs(): string[] {
  const globs = [NAMED];
  for (const folder of vscode.workspace.workspaceFolders ?? [undefined]) {
    const associations = vscode.workspace.getConfiguration('files', folder?.uri).get<Record<string, string>>('associations') ?? {};
    for (const [pattern, language] of Object.entries(associations)) {
      if (!POSTING_LANGUAGE_IDS.includes(language)) continue;
      globs.push(pattern.includes('/') ? pattern.replace(/^\/+/, '') : `**/${pattern}`);
    }
  }
  return [...new Set(globs)];
}

export async function findPostingFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const glob of postingGlobs()) {
    if (token?.isCancellationRequested) break;
    for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES, token)) found.set(uri.toString(), uri);
  }
  for (const d of vscode.workspace.textDocuments) {
    if (isPosting(d) && !d.isUntitled && vscode.workspace.getWorkspaceFolder(d.uri)) found.set(d.uri.toString(), d.uri);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * The text of a posting: the open document (unsaved edits included), else the file's content; a file
 * over `maxSize` bytes is not read. undefined when it cannot be read.
 */
export async function readPosting(
  uri: vscode.Uri,
  maxSize = Infinity,
): Promise<{ text: string; document?: vscode.TextDocument } | { tooLarge: number } | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText(), document: open };
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > maxSize) return { tooLarge: size };
    return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return undefined;
  }
}

/** The text of an open document (unsaved edits included), else of the file without a BOM; undefined when absent. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
