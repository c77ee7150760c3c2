// A tree view's rows as a person sees them (label, description, tooltip, icon, children), from the
// real tree data provider (the same getChildren/getTreeItem VS Code calls), for the test API.
import * as vscode from 'vscode';

/** One row of a tree view as a person sees it, with its children. */
export interface TreeSnapshot {
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children: TreeSnapshot[];
}

export type TreeProvider<T> = Pick<vscode.TreeDataProvider<T>, 'getChildren' | 'getTreeItem'>;

/** The rows under `parent` (the roots when undefined), `depth` levels deep. */
export async function snapshotTree<T>(provider: TreeProvider<T>, depth: number, parent?: T): Promise<TreeSnapshot[]> {
  const out: TreeSnapshot[] = [];
  for (const child of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(child);
    out.push({
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      description: typeof item.description === 'string' ? item.description : undefined,
      tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value,
      icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
      contextValue: item.contextValue,
      command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
      children: depth > 1 ? await snapshotTree(provider, depth - 1, child) : [],
    });
  }
  return out;
}
