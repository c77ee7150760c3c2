// The status bar item of the active posting: "23 skills · 5+ yrs" (click focuses the Skills view), or
// a notice when the posting is too large or binary and was not analysed.
import * as vscode from 'vscode';
import type { ActivePosting } from './activePosting.ts';
import type { PostingState } from './analysis.ts';
import { readSettings } from './settings.ts';

export interface StatusBarSnapshot {
  text: string;
  tooltip: string;
  command: string | undefined;
  visible: boolean;
}

const mb = (n: number): string => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`);

/** Text, tooltip and command for a posting's state. */
export function statusOf(state: PostingState): Omit<StatusBarSnapshot, 'visible'> {
  if (state.kind === 'too-large') {
    return {
      text: '$(warning) Posting too large',
      tooltip: `Posting Lens did not analyse this posting: it has ${mb(state.size)} of text and the limit (postingLens.maxFileSize) is ${mb(state.limit)}.`,
      command: 'workbench.action.openSettings',
    };
  }
  if (state.kind === 'binary') {
    return { text: '$(circle-slash) Not a text posting', tooltip: 'Posting Lens does not analyse binary content (the document contains NUL bytes).', command: undefined };
  }
  const { skills, requirements } = state.analysis;
  const count = (level: string) => skills.filter((s) => s.level === level).length;
  const years = requirements.minYears !== null ? ` · ${requirements.minYears}+ yrs` : '';
  return {
    text: `$(checklist) ${skills.length} skill${skills.length === 1 ? '' : 's'}${years}`,
    tooltip: `Posting Lens: ${count('required')} required, ${count('preferred')} preferred, ${count('mentioned')} mentioned. Click to show the Skills view.`,
    command: 'postingLens.skills.focus',
  };
}

export function registerStatusBar(context: vscode.ExtensionContext, active: ActivePosting): () => StatusBarSnapshot {
  const item = vscode.window.createStatusBarItem('postingLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Posting Lens';
  let visible = false;
  const update = () => {
    const state = active.state;
    visible = !!state && readSettings(active.document?.uri).statusBar;
    if (!state || !visible) return item.hide();
    const s = statusOf(state);
    item.text = s.text;
    item.tooltip = s.tooltip;
    item.command = s.command === 'workbench.action.openSettings' ? { title: 'Open Settings', command: s.command, arguments: ['postingLens.maxFileSize'] } : s.command;
    item.show();
  };
  context.subscriptions.push(
    item,
    active.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('postingLens.statusBar') && update()),
  );
  update();
  return () => ({
    text: item.text,
    tooltip: typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? ''),
    command: typeof item.command === 'string' ? item.command : item.command?.command,
    visible,
  });
}
