// The Skills view: the active posting's skills grouped by level (Required / Preferred / Mentioned) or
// by category (toggle in the view title), with mention counts. A click on a skill steps through its
// mentions; its tooltip shows the glossary definition.
import * as vscode from 'vscode';
import { LEVELS, type Mention, type Skill } from '../../core/types.ts';
import type { ActivePosting } from '../activePosting.ts';
import { toRange } from '../convert.ts';
import { describeSkill, LEVEL_LABEL, levelInSection } from '../describe.ts';
import type { GlossaryService } from '../glossaries.ts';
import { untrustedMarkdown } from '../markdown.ts';
import { readSettings, type SkillGrouping } from '../settings.ts';
import { REVEAL_COMMAND, revealRange } from './reveal.ts';
import { plural } from '../../core/format/shared.ts';

export const SKILLS_VIEW_ID = 'postingLens.skills';
export const NEXT_MENTION_COMMAND = 'postingLens.skills.nextMention';
const GROUPING_KEY = 'postingLens.skills.groupBy';

export type SkillNode =
  | { type: 'group'; id: string; label: string; skills: Skill[] }
  | { type: 'skill'; id: string; skill: Skill; parent: SkillNode }
  | { type: 'mention'; id: string; mention: Mention; index: number; parent: SkillNode };

export class SkillsProvider implements vscode.TreeDataProvider<SkillNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly steps = new Map<string, number>();

  constructor(
    private readonly active: ActivePosting,
    private readonly glossaries: GlossaryService,
    public grouping: SkillGrouping,
  ) {}

  refresh(): void {
    this.steps.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private skills(): Skill[] {
    const state = this.active.state;
    return state?.kind === 'ok' ? state.analysis.skills : [];
  }

  getChildren(node?: SkillNode): SkillNode[] {
    if (!node) return this.groups();
    if (node.type === 'group') return node.skills.map((skill) => ({ type: 'skill', id: `${node.id}/${skill.id}`, skill, parent: node }));
    if (node.type === 'skill') return node.skill.mentions.map((mention, index) => ({ type: 'mention', id: `${node.id}@${index}`, mention, index, parent: node }));
    return [];
  }

  getParent(node: SkillNode): SkillNode | undefined {
    return node.type === 'group' ? undefined : node.parent;
  }

  private groups(): SkillNode[] {
    const skills = this.skills();
    if (this.grouping === 'level') {
      return LEVELS.map((level) => ({ type: 'group' as const, id: `level:${level}`, label: LEVEL_LABEL[level], skills: skills.filter((s) => s.level === level) })).filter((g) => g.skills.length);
    }
    const byCategory = new Map<string, Skill[]>();
    for (const s of skills) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
    return [...byCategory.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, list]) => ({ type: 'group', id: `category:${category}`, label: categoryLabel(category), skills: list }));
  }

  getTreeItem(node: SkillNode): vscode.TreeItem {
    const document = this.active.document;
    if (node.type === 'group') {
      const t = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      t.id = `${this.grouping}:${node.id}`;
      t.description = plural(node.skills.length, 'skill');
      t.contextValue = 'group';
      t.iconPath = new vscode.ThemeIcon(node.id === 'level:required' ? 'verified' : node.id === 'level:preferred' ? 'star-empty' : node.id === 'level:mentioned' ? 'comment' : 'folder');
      return t;
    }
    if (node.type === 'skill') {
      const s = node.skill;
      const t = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
      t.id = `${this.grouping}:${node.id}`;
      const other = this.grouping === 'level' ? categoryLabel(s.category) : LEVEL_LABEL[s.level];
      t.description = `${s.mentions.length}× · ${other}`;
      t.tooltip = untrustedMarkdown(describeSkill(document ? this.glossaries.entryFor(document.uri, s.id) : this.glossaries.entry(s.id), s));
      t.iconPath = new vscode.ThemeIcon(KIND_ICON[s.kind] ?? 'symbol-misc');
      t.contextValue = 'skill';
      t.command = { command: NEXT_MENTION_COMMAND, title: 'Next Mention', arguments: [s.id] };
      return t;
    }
    const m = node.mention;
    const line = document ? document.positionAt(m.span.start).line + 1 : 0;
    const t = new vscode.TreeItem(`“${m.text}”`, vscode.TreeItemCollapsibleState.None);
    t.id = `${this.grouping}:${node.id}`;
    t.description = `line ${line} · ${levelInSection(m.level, m.section)}`;
    t.contextValue = 'mention';
    if (document) t.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [document.uri, toRange(document, m.span)] };
    return t;
  }

  /** Reveals the next mention of a skill (the first on the first click), wrapping around. */
  async nextMention(skillId: string): Promise<Mention | undefined> {
    const skill = this.skills().find((s) => s.id === skillId);
    const document = this.active.document;
    if (!skill || !document || !skill.mentions.length) return undefined;
    const index = ((this.steps.get(skillId) ?? -1) + 1) % skill.mentions.length;
    this.steps.set(skillId, index);
    const mention = skill.mentions[index]!;
    await revealRange(document.uri, toRange(document, mention.span));
    return mention;
  }
}

const KIND_ICON: Record<string, string> = {
  language: 'symbol-keyword',
  framework: 'symbol-class',
  library: 'library',
  tool: 'tools',
  platform: 'cloud',
  service: 'server',
  database: 'database',
  concept: 'lightbulb',
  practice: 'checklist',
  credential: 'mortar-board',
};

const ACRONYMS = new Set(['ai', 'ml', 'llm', 'nlp', 'ci', 'cd', 'api', 'apis', 'ui', 'ux', 'bi', 'sql', 'iot', 'aws', 'gcp', 'it', 'qa', 'os', 'seo', 'erp', 'crm']);

/** "ml-concepts" → "ML concepts"; "languages" → "Languages". */
export function categoryLabel(category: string): string {
  if (!category) return 'Other';
  const words = category.split('-').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return words.join(' ');
}

export function registerSkillsView(context: vscode.ExtensionContext, active: ActivePosting, glossaries: GlossaryService): SkillsProvider {
  const saved = context.workspaceState.get<SkillGrouping>(GROUPING_KEY);
  const provider = new SkillsProvider(active, glossaries, saved ?? readSettings().skillsGroupBy);
  const setGrouping = async (grouping: SkillGrouping) => {
    provider.grouping = grouping;
    await vscode.commands.executeCommand('setContext', GROUPING_KEY, grouping);
    await context.workspaceState.update(GROUPING_KEY, grouping);
    provider.refresh();
  };
  void vscode.commands.executeCommand('setContext', GROUPING_KEY, provider.grouping);
  const view = vscode.window.createTreeView(SKILLS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    provider,
    view,
    active.onDidChange(() => provider.refresh()),
    glossaries.onDidChange(() => provider.refresh()),
    vscode.commands.registerCommand('postingLens.skills.groupByLevel', () => setGrouping('level')),
    vscode.commands.registerCommand('postingLens.skills.groupByCategory', () => setGrouping('category')),
    vscode.commands.registerCommand(NEXT_MENTION_COMMAND, (skillId: string) => provider.nextMention(skillId)),
  );
  return provider;
}
