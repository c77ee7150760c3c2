// Reviewer support in the editor (issue 7): diagnostics for every posting from the same rule engine
// and `.postinglens.yaml` as the CLI, quick fixes and Fix All, the Postings and Skills Across
// Postings views, Compare With Posting. One entry point for extension.ts.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types.ts';
import type { AnalysisService } from '../analysis.ts';
import type { GlossaryService } from '../glossaries.ts';
import { ReviewChecker } from './checker.ts';
import { registerCodeActions } from './codeActions.ts';
import { registerCompareCommand } from './compare.ts';
import { ReviewConfigService } from './config.ts';
import { registerGlossaryStubCommand } from './glossaryStub.ts';
import { PostingsIndex } from './postingsIndex.ts';
import { POSTINGS_VIEW, PostingsProvider } from './postingsView.ts';
import { OPEN_MENTIONS_COMMAND, openMentions, SKILLS_ACROSS_VIEW, SkillsAcrossProvider } from './skillsAcrossView.ts';
import { snapshotTree, type TreeSnapshot } from '../snapshot.ts';

export interface ReviewApi {
  /** Resolves once the workspace index and the configuration have settled. */
  whenIdle(): Promise<void>;
  /** The findings of a posting as the editor computes them (opened if needed); undefined when skipped. */
  findings(uri: vscode.Uri): Promise<Finding[] | undefined>;
  views: { postings(): Promise<TreeSnapshot[]>; skillsAcross(): Promise<TreeSnapshot[]> };
  /** How many times the index analysed a posting since activation. */
  analysedCount(): number;
  /** The Markdown of the last "Compare With Posting…". */
  lastComparison(): string | undefined;
}

export function registerReviewSupport(context: vscode.ExtensionContext, services: { analyses: AnalysisService; glossaries: GlossaryService }): ReviewApi {
  const configs = new ReviewConfigService();
  const checker = new ReviewChecker(services.analyses, services.glossaries, configs);
  const scope = checker.scope();
  const index = new PostingsIndex(checker, services.analyses, services.glossaries);
  const postings = new PostingsProvider(index);
  const skills = new SkillsAcrossProvider(index);
  context.subscriptions.push(
    configs,
    index,
    // Hovers, views and references see the terms of the posting's configuration, as the checks do.
    services.glossaries.useScope(scope),
    scope,
    vscode.window.createTreeView(POSTINGS_VIEW, { treeDataProvider: postings, showCollapseAll: true }),
    vscode.window.createTreeView(SKILLS_ACROSS_VIEW, { treeDataProvider: skills, showCollapseAll: true }),
    index.onDidChange(() => {
      postings.refresh();
      skills.refresh();
    }),
    vscode.commands.registerCommand(OPEN_MENTIONS_COMMAND, (uri: vscode.Uri, skillId: string) => openMentions(index, uri, skillId)),
    vscode.commands.registerCommand('postingLens.postings.refresh', () => index.refresh()),
  );
  registerCodeActions(context, checker);
  registerGlossaryStubCommand(context);
  const compare = registerCompareCommand(context, checker, index);
  void services.glossaries.whenReady().then(() => index.start());

  return {
    async whenIdle() {
      // A glossary or configuration change that lands meanwhile queues a rescan: wait for that too.
      for (let i = 0; i < 20; i++) {
        await services.glossaries.whenReady();
        await configs.whenSettled();
        await index.whenIdle();
        if (!services.glossaries.isPending() && !configs.isPending()) return;
      }
    },
    async findings(uri) {
      const document = await vscode.workspace.openTextDocument(uri);
      const result = await checker.checkDocument(document);
      return result.kind === 'ok' ? result.findings : undefined;
    },
    views: { postings: () => snapshotTree(postings, 2), skillsAcross: () => snapshotTree(skills, 2) },
    analysedCount: () => index.analysed,
    lastComparison: () => compare.last(),
  };
}
