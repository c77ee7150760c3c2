// Document highlights: every mention of the skill under the cursor.
import * as vscode from 'vscode';
import { mentionAt, type AnalysisService } from './analysis.ts';
import { toOffset, toRange } from './convert.ts';
import { postingSelector } from './language.ts';

export function registerHighlightSupport(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentHighlightProvider(postingSelector, {
      async provideDocumentHighlights(document, position) {
        const state = await analyses.analysis(document);
        if (state.kind !== 'ok') return [];
        const mention = mentionAt(state.mentions, toOffset(document, position));
        const skill = mention && state.skillsById.get(mention.skillId);
        return skill ? skill.mentions.map((m) => new vscode.DocumentHighlight(toRange(document, m.span), vscode.DocumentHighlightKind.Read)) : [];
      },
    }),
  );
}
