// Wiring only: each feature registers itself; every registration lands in context.subscriptions.
import * as vscode from 'vscode';
import { toRange } from './convert.ts';
import { registerHoverSupport } from './hover.ts';
import { mentionsOf } from './mentions.ts';

/** What `activate` returns: a small API for the integration tests and other extensions. */
export interface PostingLensApi {
  /** Glossary mentions in a document, with their editor ranges. */
  analyze(uri: vscode.Uri): Promise<{ mentions: { entryId: string; text: string; range: vscode.Range }[] }>;
}

export function activate(context: vscode.ExtensionContext): PostingLensApi {
  registerHoverSupport(context);
  return {
    async analyze(uri) {
      const document = await vscode.workspace.openTextDocument(uri);
      const mentions = mentionsOf(document).map((m) => ({ entryId: m.entryId, text: m.text, range: toRange(document, m.span) }));
      return { mentions };
    },
  };
}

export function deactivate(): void {}
