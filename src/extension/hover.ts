// Hover on a skill (name, kind, definition, its level in this posting, documentation link) and on a
// requirement phrase ("5+ years" → "Required: at least 5 years of software engineering").
import * as vscode from 'vscode';
import type { Requirements, Span } from '../core/types.ts';
import { mentionAt, type AnalysisService } from './analysis.ts';
import { toOffset, toRange } from './convert.ts';
import { degreeText, describeMention, describeRequirement, experienceText, languageText } from './describe.ts';
import type { GlossaryService } from './glossaries.ts';
import { untrustedMarkdown } from './markdown.ts';
import { postingSelector } from './language.ts';

export function registerHoverSupport(context: vscode.ExtensionContext, analyses: AnalysisService, glossaries: GlossaryService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(postingSelector, {
      async provideHover(document, position) {
        const state = await analyses.analysis(document);
        if (state.kind !== 'ok') return undefined;
        const offset = toOffset(document, position);
        const mention = mentionAt(state.mentions, offset);
        const skill = mention && state.skillsById.get(mention.skillId);
        if (mention && skill) return new vscode.Hover(untrustedMarkdown(describeMention(glossaries.entryFor(document.uri, skill.id), skill, mention)), toRange(document, mention.span));
        return requirementHover(document, state.analysis.requirements, offset);
      },
    }),
  );
}

const inside = (span: Span, offset: number): boolean => span.start <= offset && offset < span.end;

function requirementHover(document: vscode.TextDocument, r: Requirements, offset: number): vscode.Hover | undefined {
  const e = r.experience.find((x) => inside(x.span, offset));
  if (e) return new vscode.Hover(untrustedMarkdown(describeRequirement(e.level, experienceText(e), e.text)), toRange(document, e.span));
  const d = r.degrees.find((x) => inside(x.span, offset));
  if (d) return new vscode.Hover(untrustedMarkdown(describeRequirement(d.level, degreeText(d), d.text)), toRange(document, d.span));
  const l = r.languages.find((x) => inside(x.span, offset));
  if (l) return new vscode.Hover(untrustedMarkdown(describeRequirement(l.level, languageText(l), document.getText(toRange(document, l.span)))), toRange(document, l.span));
  return undefined;
}
