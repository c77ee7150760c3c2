// A tree view's rows as a person sees them (label, description, children), for the test API.
import type * as vscode from 'vscode';

export interface ReviewTreeSnapshot {
  label: string;
  description?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children: ReviewTreeSnapshot[];
}

export async function snapshotTree<T>(provider: vscode.TreeDataProvider<T>, depth: number, parent?: T): Promise<ReviewTreeSnapshot[]> {
  const out: ReviewTreeSnapshot[] = [];
  for (const child of (await provider.getChildren(parent)) ?? []) {
    const item = await provider.getTreeItem(child);
    out.push({
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      description: typeof item.description === 'string' ? item.description : undefined,
      contextValue: item.contextValue,
      command: item.command ? { command: item.command.command, arguments: item.command.arguments } : undefined,
      children: depth > 1 ? await snapshotTree(provider, depth - 1, child) : [],
    });
  }
  return out;
}
