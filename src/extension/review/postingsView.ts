// The Postings view: every posting of the workspace with its skill and problem counts; expand a
// posting to see its problems, click one to go there. Built from the workspace index.
import * as vscode from 'vscode';
import { plural } from '../../core/format/shared.ts';
import type { IndexedPosting, PostingsIndex } from './postingsIndex.ts';

export const POSTINGS_VIEW = 'postingLens.postings';

export type PostingsNode = { type: 'posting'; posting: IndexedPosting } | { type: 'problem'; posting: IndexedPosting; diagnostic: vscode.Diagnostic };

const ICON: Record<number, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'lightbulb' };

export function describePosting(p: IndexedPosting): string {
  if (p.state === 'ignored') return 'ignored by .postinglens.yaml';
  if (p.state === 'too-large') return 'too large to analyse';
  if (p.state === 'binary' || p.state === 'unreadable') return 'cannot be read';
  const problems = p.counts.error + p.counts.warning + p.counts.info;
  return `${plural(p.skills.length, 'skill')} · ${problems ? plural(problems, 'problem') : 'no problems'}`;
}

export class PostingsProvider implements vscode.TreeDataProvider<PostingsNode> {
  private readonly changed = new vscode.EventEmitter<PostingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: PostingsIndex) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: PostingsNode): PostingsNode[] {
    if (!node) return this.index.postings().map((posting) => ({ type: 'posting', posting }));
    if (node.type === 'posting') return node.posting.diagnostics.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).map((diagnostic) => ({ type: 'problem', posting: node.posting, diagnostic }));
    return [];
  }

  getTreeItem(node: PostingsNode): vscode.TreeItem {
    if (node.type === 'problem') {
      const d = node.diagnostic;
      const item = new vscode.TreeItem(d.message, vscode.TreeItemCollapsibleState.None);
      item.description = typeof d.code === 'object' ? String(d.code.value) : undefined;
      item.iconPath = new vscode.ThemeIcon(ICON[d.severity] ?? 'info');
      item.contextValue = 'problem';
      item.command = { command: 'vscode.open', title: 'Go to Problem', arguments: [node.posting.uri, { selection: d.range }] };
      return item;
    }
    const p = node.posting;
    const problems = p.counts.error + p.counts.warning + p.counts.info;
    const item = new vscode.TreeItem(p.name, problems ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = p.uri.toString();
    item.resourceUri = p.uri;
    item.description = describePosting(p);
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.isTrusted = false;
    tooltip.appendText(`${p.title ?? p.name}\n\n${describePosting(p)}`);
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon(p.counts.error ? 'error' : p.counts.warning ? 'warning' : p.state === 'ok' ? 'file-text' : 'circle-slash');
    item.contextValue = 'posting';
    item.command = { command: 'vscode.open', title: 'Open Posting', arguments: [p.uri] };
    return item;
  }
}
