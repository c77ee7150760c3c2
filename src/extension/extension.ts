// Wiring only: each feature registers itself; every registration lands in context.subscriptions.
import type * as vscode from 'vscode';
import { ActivePosting } from './activePosting.ts';
import { AnalysisService } from './analysis.ts';
import { createApi, type PostingLensApi } from './api.ts';
import { registerCopySectionCommand } from './commands/copySection.ts';
import { registerExtractCommands } from './commands/extractSkills.ts';
import { registerExtractToFileCommand } from './commands/extractToFile.ts';
import { registerOpenAsPostingCommand } from './commands/openAsPosting.ts';
import { registerOpenPostingCommands } from './commands/openPosting.ts';
import { registerReloadGlossariesCommand } from './commands/reloadGlossaries.ts';
import { registerDefinitionSupport } from './definition.ts';
import { GlossaryService } from './glossaries.ts';
import { registerHighlightSupport } from './highlights.ts';
import { registerHoverSupport } from './hover.ts';
import { registerReferenceSupport } from './references.ts';
import { registerReviewSupport } from './review/index.ts';
import { registerStatusBar } from './statusBar.ts';
import { registerSymbolSupport } from './symbols.ts';
import { registerRequirementsView } from './views/requirementsView.ts';
import { registerRevealCommand } from './views/reveal.ts';
import { registerSectionsView } from './views/sectionsView.ts';
import { registerSkillsView } from './views/skillsView.ts';

export type { PostingLensApi } from './api.ts';

export function activate(context: vscode.ExtensionContext): PostingLensApi {
  const started = performance.now();
  const glossaries = new GlossaryService();
  const analyses = new AnalysisService(glossaries);
  const active = new ActivePosting(analyses);
  context.subscriptions.push(glossaries, analyses, active);
  void glossaries.reload();

  registerHoverSupport(context, analyses, glossaries);
  registerSymbolSupport(context, analyses);
  registerHighlightSupport(context, analyses);
  registerDefinitionSupport(context, analyses, glossaries);
  registerReferenceSupport(context, analyses, glossaries);

  registerRevealCommand(context);
  const sections = registerSectionsView(context, active);
  const skills = registerSkillsView(context, active, glossaries);
  const requirements = registerRequirementsView(context, active);
  const statusBar = registerStatusBar(context, active);

  const deps = { analyses, glossaries, active };
  registerExtractCommands(context, deps);
  registerExtractToFileCommand(context, deps);
  registerCopySectionCommand(context, active);
  registerOpenAsPostingCommand(context);
  registerOpenPostingCommands(context);
  registerReloadGlossariesCommand(context, glossaries);

  const review = registerReviewSupport(context, deps);
  return createApi({ ...deps, review, providers: { sections, skills, requirements }, statusBar, activationMs: performance.now() - started });
}

export function deactivate(): void {}
