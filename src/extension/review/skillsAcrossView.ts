// The Skills Across Postings view: each skill that postings require or prefer, with the postings
// under it; clicking a posting opens it with every mention of the skill selected.
import * as vscode from 'vscode';
import type { Level } from '../../core/types.ts';
import { toRange } from '../convert.ts';
import type { IndexedPosting, PostingsIndex } from './postingsIndex.ts';

export const SKILLS_ACROSS_VIEW = 'postingLens.skillsAcross';
export const OPEN_MENTIONS_COMMAND = 'postingLens.skillsAcross.openMentions';

export type SkillsAcrossNode =
  | { type: 'skill'; id: string; name: string; postings: { posting: IndexedPosting; level: Level }[] }
  | { type: 'posting'; skillId: string; posting: IndexedPosting; level: Level };

/** Skills by how many postings require or prefer them (then by name). */
export function groupSkills(postings: readonly IndexedPosting[]): Extract<SkillsAcrossNode, { type: 'skill' }>[] {
  const bySkill = new Map<string, Extract<SkillsAcrossNode, { type: 'skill' }>>();
  for (const posting of postings) {
    for (const s of posting.skills) {
      if (s.level === 'mentioned') continue;
      let node = bySkill.get(s.id);
      if (!node) bySkill.set(s.id, (node = { type: 'skill', id: s.id, name: s.name, postings: [] }));
      node.postings.push({ posting, level: s.level });
    }
  }
  return [...bySkill.values()].sort((a, b) => b.postings.length - a.postings.length || a.name.localeCompare(b.name));
}

export class SkillsAcrossProvider implements vscode.TreeDataProvider<SkillsAcrossNode> {
  private readonly changed = new vscode.EventEmitter<SkillsAcrossNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: PostingsIndex) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: SkillsAcrossNode): SkillsAcrossNode[] {
    if (!node) return groupSkills(this.index.postings());
    if (node.type === 'skill') {
      const rank = (l: Level) => (l === 'required' ? 0 : 1);
      return [...node.postings].sort((a, b) => rank(a.level) - rank(b.level) || a.posting.name.localeCompare(b.posting.name)).map((p) => ({ type: 'posting', skillId: node.id, ...p }));
    }
    return [];
  }

  getTreeItem(node: SkillsAcrossNode): vscode.TreeItem {
    if (node.type === 'skill') {
      const required = node.postings.filter((p) => p.level === 'required').length;
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `skill:${node.id}`;
      item.description = `${node.postings.length} posting${node.postings.length === 1 ? '' : 's'} · ${required} required`;
      item.iconPath = new vscode.ThemeIcon('symbol-keyword');
      item.contextValue = 'skill';
      return item;
    }
    const item = new vscode.TreeItem(node.posting.name, vscode.TreeItemCollapsibleState.None);
    item.id = `skill:${node.skillId}:${node.posting.uri.toString()}`;
    item.description = node.level;
    item.resourceUri = node.posting.uri;
    item.iconPath = new vscode.ThemeIcon(node.level === 'required' ? 'pass-filled' : 'circle-outline');
    item.contextValue = 'posting';
    item.command = { command: OPEN_MENTIONS_COMMAND, title: 'Open the Mentions', arguments: [node.posting.uri, node.skillId] };
    return item;
  }
}

/** Opens a posting with every mention of a skill selected (the first one revealed). */
export async function openMentions(index: PostingsIndex, uri: vscode.Uri, skillId: string): Promise<void> {
  const spans = index.get(uri)?.skills.find((s) => s.id === skillId)?.spans ?? [];
  const editor = await vscode.window.showTextDocument(uri);
  const ranges = spans.map((span) => toRange(editor.document, span));
  if (!ranges.length) return;
  editor.selections = ranges.map((r) => new vscode.Selection(r.start, r.end));
  editor.revealRange(ranges[0]!, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
