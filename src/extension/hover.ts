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
  md.appendMarkdown(`**${escapeMarkdown(entry.name)}** · *${escapeMarkdown(entry.kind)}*\n\n`);
  md.appendMarkdown(escapeMarkdown(entry.definition));
  const url = entry.url && webUrl(entry.url);
  if (url) md.appendMarkdown(`\n\n[Documentation](${url})`);
  return md;
}

/**
 * Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them), so
 * glossary text (user glossaries included) renders literally. Unlike MarkdownString.appendText it
 * keeps ordinary spaces, so the hover wraps between words.
 */
const escapeMarkdown = (text: string): string => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** An http(s) URL safe inside a Markdown link target, or undefined for anything else. */
function webUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/[()<> ]/g, encodeURIComponent);
  } catch {
    return undefined;
  }
}
