import type { Finding, Fix, GlossaryEntry, PostingAnalysis, SectionKind, Severity, Span } from '../types.ts';
import type { LineIndex } from '../lines.ts';

/** A rule option: its default and a sentence for the docs and the config schema. */
export interface RuleOption {
  type: 'number' | 'string[]' | 'boolean';
  default: number | string[] | boolean;
  description: string;
}

export interface RuleMeta {
  id: string;
  /** One line: what the rule reports. */
  title: string;
  /** Why it matters, for the docs page (Markdown). */
  rationale: string;
  defaultSeverity: Severity | 'off';
  fixable: boolean;
  options: Record<string, RuleOption>;
  examples: { bad: string; good: string };
}

export interface RuleContext {
  text: string;
  analysis: PostingAnalysis;
  /** Glossary entries by id (built-in merged with the workspace's). */
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** The rule's options, defaults filled in. */
  options: Record<string, unknown>;
  requiredSections: SectionKind[];
  lines: LineIndex;
  /** The current year (passed in, so results are reproducible). */
  year: number;
}

/** What a rule reports; the engine adds the rule id, severity and url. */
export interface RuleReport {
  range: Span;
  message: string;
  fixes?: Fix[];
  data?: Finding['data'];
  /** Overrides the configured severity downwards (e.g. per-word hints beside a summary). */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}

export const numberOption = (context: RuleContext, name: string): number => Number(context.options[name]);

export const stringsOption = (context: RuleContext, name: string): string[] => {
  const v = context.options[name];
  return Array.isArray(v) ? v.map(String) : [];
};
