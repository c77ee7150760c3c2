// The one place where core positions (0-based UTF-16 offsets, or 0-based line/character) become
// vscode positions and ranges, and back.
import * as vscode from 'vscode';
import type { LineIndex } from '../core/lines.ts';
import type { GlossaryError, Span } from '../core/types.ts';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** A range in text that is not open as a document (a posting read from disk). */
export function toRangeIn(lines: LineIndex, span: Span): vscode.Range {
  const a = lines.positionAt(span.start);
  const b = lines.positionAt(span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** A range from 0-based line/column pairs (glossary errors, entry sources). */
export function toLineRange(line: number, column: number, endLine = line, endColumn = column): vscode.Range {
  return new vscode.Range(Math.max(0, line), Math.max(0, column), Math.max(0, endLine), Math.max(0, endColumn));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** A problem in a glossary or configuration file (`code`: "glossary", "config") as an error in Problems. */
export function glossaryDiagnostic(error: GlossaryError, code: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toLineRange(error.line, error.column, error.endLine, error.endColumn), error.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Posting Lens';
  d.code = code;
  return d;
}
