import { createLineIndex } from '../lines.ts';
import type { Finding, GlossaryEntry, PostingAnalysis, Severity } from '../types.ts';
import { compensationMissing } from './compensation-missing.ts';
import { defaultConfig, type LintConfig } from './config.ts';
import { conflictingLevel } from './conflicting-level.ts';
import { degreeWithoutEquivalent } from './degree-without-equivalent.ts';
import { applyDirectives } from './directives.ts';
import { duplicateItem } from './duplicate-item.ts';
import { genderedWording } from './gendered-wording.ts';
import { inconsistentTerm } from './inconsistent-term.ts';
import { missingSection } from './missing-section.ts';
import type { Rule, RuleMeta } from './rule.ts';
import { scrapeNoise } from './scrape-noise.ts';
import { tooManyRequirements } from './too-many-requirements.ts';
import { unknownTerm } from './unknown-term.ts';
import { wallOfText } from './wall-of-text.ts';
import { yearsExceedTechnologyAge } from './years-exceed-technology-age.ts';

export { CONFIG_FILE, WORKSPACE_GLOSSARY, DEFAULT_REQUIRED_SECTIONS, defaultConfig, parseConfig, type ConfigError, type LintConfig } from './config.ts';
export { parseDirectives } from './directives.ts';
export type { RuleMeta, RuleOption } from './rule.ts';

/** Every rule, in the order of the docs. Rule ids are part of the public contract. */
export const RULES: readonly Rule[] = [
  missingSection,
  compensationMissing,
  yearsExceedTechnologyAge,
  tooManyRequirements,
  degreeWithoutEquivalent,
  genderedWording,
  conflictingLevel,
  duplicateItem,
  inconsistentTerm,
  unknownTerm,
  scrapeNoise,
  wallOfText,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);

/** Where each rule's documentation lives; the extension and SARIF link to it. */
export const RULE_DOCS_BASE = 'https://github.com/posting-lens/posting-lens/blob/main/docs/rules/';
export const ruleUrl = (id: string, base = RULE_DOCS_BASE) => `${base}${id}.md`;

export interface CheckOptions {
  config?: LintConfig;
  /** Glossary entries by id, for `since` and names. */
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** The current year; pass it in for reproducible results. */
  year: number;
  docsBase?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Runs every enabled rule over one analysed posting. Findings are sorted by position. */
export function checkPosting(text: string, analysis: PostingAnalysis, options: CheckOptions): Finding[] {
  const config = options.config ?? defaultConfig(RULE_METAS as RuleMeta[]);
  const lines = createLineIndex(text);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const defaults = Object.fromEntries(Object.entries(rule.meta.options).map(([k, o]) => [k, o.default]));
    const reports = rule.check({
      text,
      analysis,
      entries: options.entries,
      options: { ...defaults, ...setting?.options },
      requiredSections: config.requiredSections,
      lines,
      year: options.year,
    });
    for (const r of reports) {
      // A rule may lower a report's severity (per-word hints), never raise it above the configured one.
      const s = r.severity && RANK[r.severity] > RANK[severity] ? r.severity : severity;
      findings.push({ ruleId: rule.meta.id, severity: s, message: r.message, range: r.range, url: ruleUrl(rule.meta.id, options.docsBase), ...(r.fixes ? { fixes: r.fixes } : {}), ...(r.data ? { data: r.data } : {}) });
    }
  }
  return applyDirectives(findings, text, lines).sort((a, b) => a.range.start - b.range.start || RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId));
}
