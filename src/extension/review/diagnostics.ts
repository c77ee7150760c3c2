// Findings as diagnostics (the collection itself is the workspace index's: open postings live, the
// others from their files).
import * as vscode from 'vscode';
import type { Finding } from '../../core/types.ts';

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
