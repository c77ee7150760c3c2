// The extension's test API as the integration suites see it (a copy of the shape in
// src/extension/api.ts, so the tests do not import the extension's sources).
import type * as vscode from 'vscode';

export interface TreeSnapshot {
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  contextValue?: string;
  command?: { command: string; arguments?: unknown[] };
  children: TreeSnapshot[];
}

export interface Section {
  title: string;
  kind: string;
  span: { start: number; end: number };
  headingSpan: { start: number; end: number };
  children: Section[];
  items: { text: string; span: { start: number; end: number } }[];
}

export interface PostingLensApi {
  analyze(uri: vscode.Uri): Promise<{
    state: 'ok' | 'too-large' | 'binary';
    analysis?: { title: string | null; sections: Section[]; skills: { id: string; name: string; level: string; category: string; mentions: unknown[] }[]; requirements: { minYears: number | null } };
    mentions: { entryId: string; text: string; range: vscode.Range }[];
  }>;
  activePosting(): vscode.Uri | undefined;
  views: {
    sections(): Promise<TreeSnapshot[]>;
    skills(): Promise<TreeSnapshot[]>;
    requirements(): Promise<TreeSnapshot[]>;
    sectionNode(titles: string[]): unknown;
    skillsGrouping(): 'level' | 'category';
    sectionsSelection(): string[];
  };
  statusBar(): { text: string; tooltip: string; command: string | undefined; visible: boolean };
  whenIdle(): Promise<void>;
  glossaries: { reload(): Promise<void>; has(id: string): boolean };
  activationMs: number;
}

/** Polls until `check` returns a value other than undefined/false, or fails after `ms`. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
