// Find All References of a skill: its mentions in every posting of the workspace (open documents with
// their unsaved edits, other files read through vscode.workspace.fs), plus its user glossary entry
// when the declaration is asked for.
import * as vscode from 'vscode';
import { analyzeText, mentionAt, type AnalysisService } from './analysis.ts';
import { toOffset, toRange, toRangeIn } from './convert.ts';
import { entryLocation, isUserEntry } from './definition.ts';
import { engineNow } from './engine.ts';
import type { GlossaryService } from './glossaries.ts';
import { formatOf, postingSelector } from './language.ts';
import { readSettings } from './settings.ts';
import { findPostingFiles, readPosting } from './workspacePostings.ts';

export function registerReferenceSupport(context: vscode.ExtensionContext, analyses: AnalysisService, glossaries: GlossaryService): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(postingSelector, {
      async provideReferences(document, position, refContext, token) {
        const state = await analyses.analysis(document);
        if (state.kind !== 'ok') return [];
        const mention = mentionAt(state.mentions, toOffset(document, position));
        if (!mention) return [];
        const locations = await skillReferences(mention.skillId, analyses, glossaries, token);
        const entry = glossaries.entryFor(document.uri, mention.skillId);
        if (refContext.includeDeclaration && entry && isUserEntry(entry)) locations.unshift(entryLocation(entry));
        return locations;
      },
    }),
  );
}

/** Every mention of a skill in the workspace's postings. */
export async function skillReferences(skillId: string, analyses: AnalysisService, glossaries: GlossaryService, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
  const out: vscode.Location[] = [];
  await analyses.ready();
  const { createLineIndex, findMentions } = engineNow();
  for (const uri of await findPostingFiles(token)) {
    if (token?.isCancellationRequested) return out;
    const posting = await readPosting(uri, readSettings(uri).maxFileSize);
    if (!posting || 'tooLarge' in posting) continue;
    if (posting.document) {
      const state = await analyses.analysis(posting.document);
      const skill = state.kind === 'ok' ? state.skillsById.get(skillId) : undefined;
      for (const m of skill?.mentions ?? []) out.push(new vscode.Location(uri, toRange(posting.document, m.span)));
      continue;
    }
    const { text } = posting;
    if (text.length > readSettings(uri).maxFileSize || text.includes('\0')) continue;
    await glossaries.prepare(uri);
    // The matcher alone rules most files out cheaply; a file that names the skill is analysed as an
    // open one would be (mentions in job-board debris do not count), so open or not gives the same.
    if (!findMentions(text, glossaries.glossaryFor(uri)).some((m) => m.entryId === skillId)) continue;
    const state = analyzeText(text, 0, { glossaries, uri, format: formatOf(posting.document), fileName: uri.path });
    const skill = state.kind === 'ok' ? state.skillsById.get(skillId) : undefined;
    const lines = createLineIndex(text);
    for (const m of skill?.mentions ?? []) out.push(new vscode.Location(uri, toRangeIn(lines, m.span)));
  }
  return out;
}
