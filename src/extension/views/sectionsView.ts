// The Sections view: the active posting's section tree with kind icons and counts; sections expand to
// their bullets; a click reveals and selects the text; the selection follows the cursor. Noise
// sections of scraped postings are hidden unless `postingLens.sections.showNoise` is on.
import * as vscode from 'vscode';
import { plural } from '../../core/format/shared.ts';
import type { Item, Section, SectionKind } from '../../core/types.ts';
import type { ActivePosting } from '../activePosting.ts';
import { toRange } from '../convert.ts';
import { readSettings } from '../settings.ts';
import { PREAMBLE_TITLE } from '../symbols.ts';
import { REVEAL_COMMAND } from './reveal.ts';

export const SECTIONS_VIEW_ID = 'postingLens.sections';

export type SectionNode =
  | { type: 'section'; id: string; section: Section; parent: SectionNode | undefined; children: SectionNode[]; skillCount: number }
  | { type: 'item'; id: string; item: Item; parent: SectionNode };

const KIND_ICON: Record<SectionKind, string> = {
  about: 'info',
  company: 'organization',
  team: 'organization',
  responsibilities: 'checklist',
  requirements: 'verified',
  preferred: 'star-empty',
  skills: 'tools',
  benefits: 'heart',
  compensation: 'credit-card',
  process: 'list-ordered',
  legal: 'law',
  noise: 'circle-slash',
  other: 'symbol-text',
};

export class SectionsProvider implements vscode.TreeDataProvider<SectionNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: SectionNode[] = [];
  private builtFor: unknown;
  /** The tree view showing this provider (set by registerSectionsView). */
  view: vscode.TreeView<SectionNode> | undefined;

  constructor(private readonly active: ActivePosting) {}

  refresh(): void {
    this.builtFor = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The section nodes of the current analysis (rebuilt only when the analysis changes). */
  nodes(): SectionNode[] {
    const state = this.active.state;
    if (state?.kind !== 'ok') return (this.roots = []);
    if (this.builtFor === state) return this.roots;
    const showNoise = readSettings(this.active.document?.uri).showNoiseSections;
    const starts = state.mentions.map((m) => m.span.start);
    const count = (s: Section) => new Set(state.mentions.filter((m) => m.span.start >= s.span.start && m.span.end <= s.span.end).map((m) => m.skillId)).size;
    const build = (sections: Section[], parent: SectionNode | undefined, prefix: string): SectionNode[] =>
      sections
        .filter((s) => showNoise || s.kind !== 'noise')
        .map((section, i) => {
          const node: SectionNode = { type: 'section', id: `${prefix}${i}`, section, parent, children: [], skillCount: starts.length ? count(section) : 0 };
          node.children = [
            ...build(section.children, node, `${prefix}${i}.`),
            ...section.items.map((item, j): SectionNode => ({ type: 'item', id: `${prefix}${i}#${j}`, item, parent: node })),
          ];
          return node;
        });
    this.roots = build(state.analysis.sections, undefined, 's');
    this.builtFor = state;
    return this.roots;
  }

  getChildren(node?: SectionNode): SectionNode[] {
    if (!node) return this.nodes();
    return node.type === 'section' ? node.children : [];
  }

  getParent(node: SectionNode): SectionNode | undefined {
    return node.parent;
  }

  getTreeItem(node: SectionNode): vscode.TreeItem {
    const document = this.active.document;
    if (node.type === 'item') {
      const t = new vscode.TreeItem(clip(node.item.text, 120), vscode.TreeItemCollapsibleState.None);
      t.id = node.id;
      t.tooltip = node.item.text;
      t.iconPath = new vscode.ThemeIcon(node.item.bullet ? 'circle-small-filled' : 'symbol-text');
      t.contextValue = 'item';
      if (document) t.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [document.uri, toRange(document, node.item.span)] };
      return t;
    }
    const s = node.section;
    const t = new vscode.TreeItem(s.title.trim() || PREAMBLE_TITLE, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    t.id = node.id;
    const counts = [s.kind, plural(s.items.length, 'item'), node.skillCount ? plural(node.skillCount, 'skill') : ''].filter(Boolean);
    t.description = counts.join(' · ');
    t.tooltip = `${s.title.trim() || PREAMBLE_TITLE}\n${counts.join(' · ')}`;
    t.iconPath = new vscode.ThemeIcon(KIND_ICON[s.kind]);
    t.contextValue = 'section';
    if (document) t.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [document.uri, toRange(document, s.headingSpan.end > s.headingSpan.start ? s.headingSpan : s.span)] };
    return t;
  }

  /** The innermost section node at an offset. */
  nodeAt(offset: number): SectionNode | undefined {
    let found: SectionNode | undefined;
    let level = this.nodes();
    for (;;) {
      const next = level.find((n) => n.type === 'section' && n.section.span.start <= offset && offset <= n.section.span.end);
      if (!next || next.type !== 'section') return found;
      found = next;
      level = next.children;
    }
  }
}

export const clip = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…');

export function registerSectionsView(context: vscode.ExtensionContext, active: ActivePosting): SectionsProvider {
  const provider = new SectionsProvider(active);
  const view = vscode.window.createTreeView(SECTIONS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = (editor: vscode.TextEditor) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // While typing, the section under the cursor waits for the debounced analysis (whose change
      // event follows the cursor again) instead of analysing every keystroke here.
      if (!view.visible || editor.document !== active.document || !active.isAnalysed) return;
      const node = provider.nodeAt(editor.document.offsetAt(editor.selection.active));
      if (node && !view.selection.includes(node)) void view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }, 100);
  };
  context.subscriptions.push(
    provider,
    view,
    active.onDidChange(() => {
      provider.refresh();
      if (active.editor) follow(active.editor);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('postingLens.sections.showNoise') && provider.refresh()),
    vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor.document === active.document && follow(e.textEditor)),
    { dispose: () => clearTimeout(timer) },
  );
  return provider;
}
