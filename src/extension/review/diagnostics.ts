// Findings as diagnostics: one collection for every posting. Open postings are checked live (after
// the shared analysis' debounce); closed ones come from the workspace index.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types.ts';
import { isPosting } from '../language.ts';

export const DIAGNOSTIC_SOURCE = 'Posting Lens';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Findings whose text is better removed: shown faded (page debris, a repeated bullet). */
function isUnnecessary(f: Finding): boolean {
  return f.ruleId === 'duplicate-item' || (f.ruleId === 'scrape-noise' && !f.data?.found);
}

export function toDiagnostic(f: Finding, range: vscode.Range): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: vscode.Uri.parse(f.url) };
  if (isUnnecessary(f)) d.tags = [vscode.DiagnosticTag.Unnecessary];
  return d;
}

/** The rule id of one of our diagnostics, else undefined. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'object' || d.code === null) return undefined;
  return String(d.code.value);
}

/** Whether a document's diagnostics come from the live editor (open posting) or the index. */
export const isLive = (document: vscode.TextDocument | undefined): boolean => isPosting(document) && !document.isClosed;
