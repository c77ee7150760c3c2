// Hover on a glossary term: its name, kind, definition and documentation link.
import * as vscode from 'vscode';
import type { GlossaryEntry } from '../core/types.ts';
import { toOffset, toRange } from './convert.ts';
import { postingSelector } from './language.ts';
import { entryOf, mentionsOf } from './mentions.ts';

export function registerHoverSupport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(postingSelector, { provideHover }));
}

function provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const offset = toOffset(document, position);
  const mention = mentionsOf(document).find((m) => m.span.start <= offset && offset < m.span.end);
  const entry = mention && entryOf(mention.entryId);
  if (!mention || !entry) return undefined;
  return new vscode.Hover(describeEntry(entry), toRange(document, mention.span));
}

/** Plain, untrusted Markdown: no HTML, no command links; glossary text is escaped. */
export function describeEntry(entry: GlossaryEntry): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**').appendText(entry.name).appendMarkdown('**').appendText(` · ${entry.kind}\n\n`);
  md.appendText(entry.definition);
  if (entry.url && /^https?:\/\//.test(entry.url)) {
    md.appendMarkdown(`\n\n[Documentation](${encodeURI(decodeURI(entry.url))})`);
  }
  return md;
}
