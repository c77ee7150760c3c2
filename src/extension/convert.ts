// The one place where core positions (0-based UTF-16 offsets into the document text) become
// vscode positions and ranges, and back.
import * as vscode from 'vscode';
import type { Span } from '../core/types.ts';

export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
