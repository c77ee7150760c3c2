// "Add to Workspace Glossary": appends a stub entry for an unknown term to the workspace folder's
// `.postinglens/glossary.yaml` (created when missing), then opens the file at the new entry so the
// definition can be written. Files go through vscode.workspace.fs; an open glossary is edited in place.
import * as vscode from 'vscode';
import { isMap, isSeq, parseDocument } from 'yaml';
import { WORKSPACE_GLOSSARY } from '../glossaries.ts';
import { readText } from '../workspacePostings.ts';

export const ADD_TO_GLOSSARY_COMMAND = 'postingLens.addToWorkspaceGlossary';

const HEADER = `# Terms of this workspace, merged over Posting Lens' built-in glossary.
# Fields: https://github.com/posting-lens/posting-lens/blob/main/docs/glossary.md
category: workspace
entries:
`;

/** A glossary id from a term: lower-case words joined by "-" ("Zig" → "zig", "Foo.js" → "foo-js"). */
export function glossaryId(term: string): string {
  return term.toLowerCase().replace(/\+/g, 'p').replace(/#/g, 'sharp').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'term';
}

const yamlString = (s: string) => (/^[\w .+#/-]+$/.test(s) && !/^[\d.]+$/.test(s) ? s : JSON.stringify(s));

/** The entry's lines, indented for the `entries:` list. */
export function stubEntry(term: string): string {
  return [
    `  - id: ${glossaryId(term)}`,
    `    name: ${yamlString(term)}`,
    '    kind: tool',
    `    definition: ${JSON.stringify(`TODO: what ${term} is, in one sentence.`)}`,
    '',
  ].join('\n');
}

/**
 * The glossary text with the stub added: appended when `entries:` is the file's last block list
 * (comments and layout stay as they are), else through the YAML document (flow lists, other keys after it).
 */
export function withStubEntry(text: string, term: string): string {
  if (!text.trim()) return HEADER + stubEntry(term);
  const base = text.endsWith('\n') ? text : `${text}\n`;
  const topKeys = [...base.matchAll(/^([A-Za-z_][\w-]*):(.*)$/gm)];
  const last = topKeys.at(-1);
  if (last?.[1] === 'entries' && !last[2]!.trim()) return base + stubEntry(term);
  if (!topKeys.some((k) => k[1] === 'entries')) return `${base}entries:\n${stubEntry(term)}`;
  const doc = parseDocument(base);
  const entries = isMap(doc.contents) ? doc.contents.get('entries', true) : undefined;
  const entry = { id: glossaryId(term), name: term, kind: 'tool', definition: `TODO: what ${term} is, in one sentence.` };
  if (isSeq(entries)) {
    entries.flow = false;
    entries.add(doc.createNode(entry));
  }
  else doc.set('entries', doc.createNode([entry]));
  return doc.toString();
}

export async function addToWorkspaceGlossary(from: vscode.Uri | undefined, term: string): Promise<vscode.Uri | undefined> {
  const folder = (from && vscode.workspace.getWorkspaceFolder(from)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Posting Lens: open a folder to keep a workspace glossary.');
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_GLOSSARY);
  const existing = await readText(uri);
  const id = glossaryId(term);
  const idLine = new RegExp(`^\\s*-?\\s*id:\\s*["']?${id.replace(/[-]/g, '\\-')}["']?\\s*$`, 'm');
  let text = existing ?? '';
  if (!idLine.test(text)) {
    text = withStubEntry(text, term);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, open.lineCount, 0), text);
      await vscode.workspace.applyEdit(edit);
      await open.save();
    } else {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    }
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((l) => idLine.test(l));
  const editor = await vscode.window.showTextDocument(document);
  if (line >= 0) {
    const definition = Math.min(line + 3, document.lineCount - 1);
    const lineText = document.lineAt(definition).text;
    const start = lineText.indexOf('TODO');
    const selection = start >= 0 ? new vscode.Selection(definition, start, definition, lineText.length - 1) : new vscode.Selection(line, 0, line, 0);
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return uri;
}

export function registerGlossaryStubCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(ADD_TO_GLOSSARY_COMMAND, (from: vscode.Uri | undefined, term: string) => addToWorkspaceGlossary(from, term)));
}
