// Glossary mentions of a document, computed once per document version.
import type * as vscode from 'vscode';
import type { GlossaryEntry } from '../core/types.ts';
import { builtInGlossary, findMentions, type RawMention } from '../core/glossary/index.ts';

const cache = new WeakMap<vscode.TextDocument, { version: number; mentions: RawMention[] }>();

export function mentionsOf(document: vscode.TextDocument): RawMention[] {
  const hit = cache.get(document);
  if (hit && hit.version === document.version) return hit.mentions;
  const mentions = findMentions(document.getText(), builtInGlossary());
  cache.set(document, { version: document.version, mentions });
  return mentions;
}

export function entryOf(id: string): GlossaryEntry | undefined {
  return builtInGlossary().entries.get(id);
}
