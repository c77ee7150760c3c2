// What `activate` returns: a small API for the integration tests and for other extensions. The views'
// snapshots come from the real tree data providers (the same getChildren/getTreeItem VS Code calls).
import * as vscode from 'vscode';
import type { PostingAnalysis } from '../core/types.ts';
import type { ActivePosting } from './activePosting.ts';
import type { AnalysisService } from './analysis.ts';
import { toRange } from './convert.ts';
import type { GlossaryService } from './glossaries.ts';
import type { ReviewApi } from './review/index.ts';
import type { StatusBarSnapshot } from './statusBar.ts';
import type { SectionNode, SectionsProvider } from './views/sectionsView.ts';
import type { SkillsProvider } from './views/skillsView.ts';
import { snapshotTree, type TreeProvider, type TreeSnapshot } from './snapshot.ts';

export type { TreeSnapshot };

export interface PostingLensApi {
  /** The analysis of a document (opened if needed) and its mentions with editor ranges. */
  analyze(uri: vscode.Uri): Promise<{ state: 'ok' | 'too-large' | 'binary'; analysis?: PostingAnalysis; mentions: { entryId: string; text: string; range: vscode.Range }[] }>;
  /** The posting the views and the status bar show. */
  activePosting(): vscode.Uri | undefined;
  views: {
    sections(): Promise<TreeSnapshot[]>;
    skills(): Promise<TreeSnapshot[]>;
    requirements(): Promise<TreeSnapshot[]>;
    /** The Sections view's node at a path of titles: what its context menu passes to commands. */
    sectionNode(titles: string[]): SectionNode | undefined;
    skillsGrouping(): 'level' | 'category';
    /** Titles of the sections selected in the Sections view (it follows the cursor while visible). */
    sectionsSelection(): string[];
  };
  statusBar(): StatusBarSnapshot;
  /** Resolves once glossaries are loaded and no analysis is waiting for its debounce. */
  whenIdle(): Promise<void>;
  glossaries: { reload(): Promise<void>; has(id: string): boolean };
  /** How long `activate` took (ms), for the benchmark. */
  activationMs: number;
  /** Reviewer support: findings, the Postings and Skills Across Postings views, comparisons. */
  review: ReviewApi;
}

export function createApi(deps: {
  analyses: AnalysisService;
  glossaries: GlossaryService;
  active: ActivePosting;
  providers: { sections: SectionsProvider; skills: SkillsProvider; requirements: TreeProvider<unknown> };
  statusBar: () => StatusBarSnapshot;
  activationMs: number;
  review: ReviewApi;
}): PostingLensApi {
  const { analyses, glossaries, active, providers } = deps;
  return {
    async analyze(uri) {
      await glossaries.whenReady();
      const document = await vscode.workspace.openTextDocument(uri);
      const state = await analyses.analysis(document);
      if (state.kind !== 'ok') return { state: state.kind, mentions: [] };
      return {
        state: 'ok',
        analysis: state.analysis,
        mentions: state.mentions.map((m) => ({ entryId: m.skillId, text: m.text, range: toRange(document, m.span) })),
      };
    },
    activePosting: () => active.document?.uri,
    views: {
      sections: () => snapshotTree<SectionNode>(providers.sections, 3),
      skills: () => snapshotTree(providers.skills, 3),
      requirements: () => snapshotTree(providers.requirements, 2),
      sectionNode(titles) {
        let node: SectionNode | undefined;
        let level = providers.sections.nodes();
        for (const title of titles) {
          node = level.find((n) => n.type === 'section' && (n.section.title.trim() || '(preamble)') === title);
          if (!node) return undefined;
          level = providers.sections.getChildren(node);
        }
        return node;
      },
      skillsGrouping: () => providers.skills.grouping,
      sectionsSelection: () => (providers.sections.view?.selection ?? []).map((n) => (n.type === 'section' ? n.section.title.trim() || '(preamble)' : n.item.text)),
    },
    statusBar: deps.statusBar,
    async whenIdle() {
      await glossaries.whenReady();
      for (let i = 0; i < 100 && analyses.isPending(); i++) await new Promise((r) => setTimeout(r, 20));
    },
    glossaries: { reload: () => glossaries.reload(), has: (id) => !!glossaries.entry(id) },
    activationMs: deps.activationMs,
    review: deps.review,
  };
}
