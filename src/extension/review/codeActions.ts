// Quick fixes from the findings' fixes, "Fix All" for the safe ones (the `source.fixAll.postingLens`
// code action and a command), and "Add to Workspace Glossary" for unknown terms.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types.ts';
import { toRange } from '../convert.ts';
import { isPosting, postingSelector } from '../language.ts';
import type { ReviewChecker } from './checker.ts';
import { ADD_TO_GLOSSARY_COMMAND } from './glossaryStub.ts';
import { loadReviewEngine } from './engine.ts';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('postingLens');
export const FIX_ALL_COMMAND = 'postingLens.fixAll';

class ReviewCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly checker: ReviewChecker) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const result = await this.checker.checkDocument(document);
    if (result.kind !== 'ok') return [];
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only)) {
      const edit = await safeFixesEdit(document, result.findings);
      if (edit) {
        const action = new vscode.CodeAction('Fix all safe Posting Lens problems', FIX_ALL_KIND);
        action.edit = edit;
        actions.push(action);
      }
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return actions;
    for (const finding of result.findings) {
      const at = toRange(document, finding.range);
      if (!at.intersection(range) && !(range.isEmpty && at.contains(range.start))) continue;
      const diagnostic = context.diagnostics.find((d) => d.range.isEqual(at) && typeof d.code === 'object' && d.code?.value === finding.ruleId);
      for (const [i, fix] of (finding.fixes ?? []).entries()) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of fix.edits) action.edit.replace(document.uri, toRange(document, e.range), e.newText);
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = i === 0 && fix.safe;
        actions.push(action);
      }
      if (finding.ruleId === 'unknown-term' && typeof finding.data?.term === 'string') {
        const action = new vscode.CodeAction(`Add "${finding.data.term}" to Workspace Glossary`, vscode.CodeActionKind.QuickFix);
        action.command = { command: ADD_TO_GLOSSARY_COMMAND, title: action.title, arguments: [document.uri, finding.data.term] };
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    return actions;
  }
}

/** One edit with every safe fix (the first safe fix of each finding; overlapping ones wait for the next run). */
async function safeFixesEdit(document: vscode.TextDocument, findings: readonly Finding[]): Promise<vscode.WorkspaceEdit | undefined> {
  const { applySafeFixes } = await loadReviewEngine();
  const text = document.getText();
  const applied = applySafeFixes(text, findings);
  if (!applied.applied) return undefined;
  // The core returns the fixed text; the edit replaces only what changed, so the cursor stays put.
  const fixed = applied.text;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let endA = text.length;
  let endB = fixed.length;
  while (endA > start && endB > start && text[endA - 1] === fixed[endB - 1]) {
    endA--;
    endB--;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toRange(document, { start, end: endA }), fixed.slice(start, endB));
  return edit;
}

/** Applies every safe fix to a posting, again while fixes uncover others (as `check --fix` does). */
export async function fixAll(checker: ReviewChecker, document: vscode.TextDocument): Promise<number> {
  let passes = 0;
  for (; passes < 10; passes++) {
    const result = await checker.checkDocument(document);
    if (result.kind !== 'ok') break;
    const edit = await safeFixesEdit(document, result.findings);
    if (!edit || !(await vscode.workspace.applyEdit(edit))) break;
  }
  return passes;
}

export function registerCodeActions(context: vscode.ExtensionContext, checker: ReviewChecker): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(postingSelector, new ReviewCodeActions(checker), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async (arg?: unknown) => {
      // A file (explorer, API) or a row of the Postings view; else the active editor.
      const uri = arg instanceof vscode.Uri ? arg : (arg as { posting?: { uri?: unknown } } | undefined)?.posting?.uri;
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!isPosting(document)) {
        void vscode.window.showInformationMessage('Posting Lens: open a job posting to fix its problems.');
        return 0;
      }
      const passes = await fixAll(checker, document);
      if (!passes) void vscode.window.setStatusBarMessage('Posting Lens: no safe fixes to apply', 3000);
      return passes;
    }),
  );
}
