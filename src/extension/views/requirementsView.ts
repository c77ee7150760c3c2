// The Requirements view: years of experience, degrees, spoken languages, location and work mode,
// seniority, work authorisation and pay of the active posting, each with its evidence line.
import * as vscode from 'vscode';
import type { Level, Requirements, Span } from '../../core/types.ts';
import type { ActivePosting } from '../activePosting.ts';
import { toRange } from '../convert.ts';
import { degreeText, experienceText, LEVEL_LABEL } from '../describe.ts';
import { REVEAL_COMMAND } from './reveal.ts';
import { clip } from './sectionsView.ts';

export const REQUIREMENTS_VIEW_ID = 'postingLens.requirements';

interface Fact {
  label: string;
  level?: Level;
  span: Span;
  evidence: string;
}

export interface RequirementNode {
  id: string;
  label: string;
  icon: string;
  summary: string;
  facts: Fact[];
}

export type RequirementTreeNode = RequirementNode | { id: string; fact: Fact };

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The groups of the view, in a fixed order; empty ones say "not stated". */
export function requirementGroups(r: Requirements): RequirementNode[] {
  const ev = (e: { span: Span; text: string }, label: string, level?: Level): Fact => ({ label, level, span: e.span, evidence: e.text });
  const groups: RequirementNode[] = [
    {
      id: 'experience',
      label: 'Experience',
      icon: 'history',
      summary: r.minYears !== null ? `${r.minYears}+ years required` : '',
      facts: r.experience.map((e) => ev(e, cap(experienceText(e)), e.level)),
    },
    { id: 'education', label: 'Education', icon: 'mortar-board', summary: '', facts: r.degrees.map((d) => ev(d, cap(degreeText(d)), d.level)) },
    { id: 'languages', label: 'Languages', icon: 'globe', summary: '', facts: r.languages.map((l) => ({ label: l.language, level: l.level, span: l.span, evidence: l.language })) },
    {
      id: 'location',
      label: 'Location and work mode',
      icon: 'location',
      summary: r.workMode ? cap(r.workMode.value) : '',
      facts: [...(r.workMode ? [ev(r.workMode, `Work mode: ${r.workMode.value}`)] : []), ...r.locations.map((l) => ev(l, l.value))],
    },
    { id: 'seniority', label: 'Seniority', icon: 'person', summary: r.seniority ? cap(r.seniority.value) : '', facts: r.seniority ? [ev(r.seniority, cap(r.seniority.value))] : [] },
    {
      id: 'authorization',
      label: 'Work authorization',
      icon: 'shield',
      summary: '',
      facts: r.workAuthorization.map((a) => ev(a, a.value.sponsorship === true ? 'Sponsorship offered' : a.value.sponsorship === false ? 'No visa sponsorship' : clip(a.text, 80))),
    },
    { id: 'compensation', label: 'Compensation', icon: 'credit-card', summary: '', facts: r.compensation.map((c) => ev(c, clip(c.text, 80))) },
  ];
  for (const g of groups) if (!g.summary) g.summary = g.facts.length ? `${g.facts.length}` : 'not stated';
  return groups;
}

export class RequirementsProvider implements vscode.TreeDataProvider<RequirementTreeNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly active: ActivePosting) {}

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  getChildren(node?: RequirementTreeNode): RequirementTreeNode[] {
    if (!node) {
      const state = this.active.state;
      return state?.kind === 'ok' ? requirementGroups(state.analysis.requirements) : [];
    }
    return 'facts' in node ? node.facts.map((fact, i) => ({ id: `${node.id}/${i}`, fact })) : [];
  }

  getTreeItem(node: RequirementTreeNode): vscode.TreeItem {
    if ('facts' in node) {
      const t = new vscode.TreeItem(node.label, node.facts.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      t.id = node.id;
      t.description = node.summary;
      t.iconPath = new vscode.ThemeIcon(node.icon);
      t.contextValue = 'requirementGroup';
      return t;
    }
    const { fact } = node;
    const t = new vscode.TreeItem(fact.label, vscode.TreeItemCollapsibleState.None);
    t.id = node.id;
    t.description = fact.level ? LEVEL_LABEL[fact.level] : undefined;
    t.tooltip = fact.evidence;
    t.contextValue = 'requirement';
    const document = this.active.document;
    if (document) t.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [document.uri, toRange(document, fact.span)] };
    return t;
  }
}

export function registerRequirementsView(context: vscode.ExtensionContext, active: ActivePosting): RequirementsProvider {
  const provider = new RequirementsProvider(active);
  context.subscriptions.push(
    provider,
    vscode.window.createTreeView(REQUIREMENTS_VIEW_ID, { treeDataProvider: provider }),
    active.onDidChange(() => provider.refresh()),
  );
  return provider;
}
