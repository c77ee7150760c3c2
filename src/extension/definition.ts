// Go to Definition of a skill: the file and line of a user glossary entry, or a read-only view of a
// built-in entry (a virtual document served by a TextDocumentContentProvider).
import * as vscode from 'vscode';
import type { GlossaryEntry } from '../core/types.ts';
import { mentionAt, type AnalysisService } from './analysis.ts';
import { toLineRange, toOffset } from './convert.ts';
import type { GlossaryService } from './glossaries.ts';
import { postingSelector } from './language.ts';

export const GLOSSARY_SCHEME = 'posting-lens-glossary';

/** An entry of a user glossary (its source is the URI the glossary service read it from). */
export const isUserEntry = (entry: GlossaryEntry): boolean => !!entry.source && /^[a-z][a-z0-9+.-]+:/i.test(entry.source.file);

/** Where an entry is defined: its user glossary file and line, or its built-in view. */
export function entryLocation(entry: GlossaryEntry): vscode.Location {
  if (entry.source && isUserEntry(entry)) {
    return new vscode.Location(vscode.Uri.parse(entry.source.file), toLineRange(entry.source.line, entry.source.character));
  }
  return new vscode.Location(builtInEntryUri(entry), toLineRange(0, 0));
}

export function builtInEntryUri(entry: GlossaryEntry): vscode.Uri {
  return vscode.Uri.from({ scheme: GLOSSARY_SCHEME, path: `/${entry.name.replace(/[/\\?#]/g, '-')}.md`, query: entry.id });
}

export function registerDefinitionSupport(context: vscode.ExtensionContext, analyses: AnalysisService, glossaries: GlossaryService): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(GLOSSARY_SCHEME, {
      async provideTextDocumentContent(uri) {
        await glossaries.whenReady();
        const entry = glossaries.entry(uri.query);
        return entry ? renderEntry(entry) : `# Unknown glossary entry\n\n\`${uri.query}\` is not in the glossary.\n`;
      },
    }),
    vscode.languages.registerDefinitionProvider(postingSelector, {
      async provideDefinition(document, position) {
        const state = await analyses.analysis(document);
        if (state.kind !== 'ok') return undefined;
        const mention = mentionAt(state.mentions, toOffset(document, position));
        const entry = mention && glossaries.entryFor(document.uri, mention.skillId);
        return entry ? entryLocation(entry) : undefined;
      },
    }),
  );
}

/** A built-in entry as a small Markdown page. */
export function renderEntry(entry: GlossaryEntry): string {
  const out = [`# ${entry.name}`, '', `*${entry.kind}* · ${entry.category}${entry.since ? ` · since ${entry.since}` : ''}`, '', entry.definition, ''];
  const aliases = entry.aliases.map((a) => a.text).filter((a) => a !== entry.name);
  if (aliases.length) out.push(`**Also written:** ${aliases.join(', ')}`, '');
  if (entry.context?.note) out.push(`**Ambiguity:** ${entry.context.note}`, '');
  if (entry.related.length) out.push(`**Related:** ${entry.related.join(', ')}`, '');
  if (entry.url) out.push(`**Documentation:** <${entry.url}>`, '');
  out.push(`---`, '', `Built-in Posting Lens glossary entry \`${entry.id}\`.`, '');
  return out.join('\n');
}
