/**
 * The default `check` output, for people: findings grouped by file, `line:col  severity  message
 * rule-id` with 1-based lines and columns (as editors show them), then one summary line.
 */
import type { Severity } from '../../core/types.ts';
import type { FileResult } from '../review-file.ts';
import { plural, type CheckSummary } from './summary.ts';
import { sgr } from '../color.ts';

const identity = (t: string) => t;

export interface StylishStyle {
  file(t: string): string;
  severity(t: string, s: Severity): string;
  dim(t: string): string;
  summary(t: string, worst: Severity | null): string;
}

const SEVERITY_SGR: Record<Severity, number[]> = { error: [31], warning: [33], info: [36], hint: [2] };

export const STYLISH_ANSI: StylishStyle = {
  file: sgr(4),
  severity: (t, s) => sgr(...SEVERITY_SGR[s])(t),
  dim: sgr(2),
  summary: (t, worst) => (worst === 'error' ? sgr(1, 31)(t) : worst === 'warning' ? sgr(1, 33)(t) : worst ? sgr(1)(t) : sgr(1, 32)(t)),
};

export const STYLISH_PLAIN: StylishStyle = { file: identity, severity: identity, dim: identity, summary: identity };

/** The lines of one file ('' when it has no findings). */
export function renderStylishFile(r: FileResult, style: StylishStyle = STYLISH_PLAIN): string {
  if (!r.findings.length) return '';
  const places = r.findings.map((f) => `${f.line + 1}:${f.character + 1}`);
  const wPlace = Math.max(...places.map((p) => p.length));
  const wSev = Math.max(...r.findings.map((f) => f.severity.length));
  const rows = r.findings.map((f, i) => {
    const message = f.message.replace(/\s*[\r\n]+\s*/g, ' ');
    return `  ${style.dim(places[i]!.padEnd(wPlace))}  ${style.severity(f.severity.padEnd(wSev), f.severity)}  ${message}  ${style.dim(f.ruleId)}\n`;
  });
  return `${style.file(r.id === '-' ? '<stdin>' : r.id)}\n${rows.join('')}\n`;
}

export function renderStylishSummary(s: CheckSummary, style: StylishStyle = STYLISH_PLAIN): string {
  const problems = s.error + s.warning + s.info + s.hint;
  const fixed = s.fixed ? `${plural(s.fixed, 'fix', 'fixes')} applied.\n` : '';
  if (!problems) return fixed + style.summary(`✔ ${plural(s.files, 'posting')} checked, no problems`, null) + '\n';
  const worst: Severity = s.error ? 'error' : s.warning ? 'warning' : s.info ? 'info' : 'hint';
  const counts = [plural(s.error, 'error'), plural(s.warning, 'warning'), ...(s.info ? [plural(s.info, 'info', 'infos')] : []), ...(s.hint ? [plural(s.hint, 'hint')] : [])];
  let out = fixed + style.summary(`✖ ${plural(problems, 'problem')} (${counts.join(', ')}) in ${s.filesWithProblems} of ${plural(s.files, 'posting')}`, worst) + '\n';
  if (s.fixable) out += `  ${plural(s.fixable, 'problem')} can be fixed with --fix\n`;
  return out;
}
