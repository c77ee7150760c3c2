/** The counts behind the summary line, the exit code and `--max-warnings`. */
import type { Severity } from '../../core/types.ts';
import type { FileResult } from '../review-file.ts';

export interface CheckSummary {
  /** Postings reviewed (files that could not be read are not counted). */
  files: number;
  filesWithProblems: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
  /** Findings with a safe fix (`--fix` would apply them). */
  fixable: number;
  /** Safe fixes written by `--fix`. */
  fixed: number;
}

export function emptySummary(): CheckSummary {
  return { files: 0, filesWithProblems: 0, error: 0, warning: 0, info: 0, hint: 0, fixable: 0, fixed: 0 };
}

export function addToSummary(s: CheckSummary, r: FileResult): void {
  if (r.error) return;
  s.files++;
  if (r.findings.length) s.filesWithProblems++;
  s.fixed += r.fixed;
  for (const f of r.findings) {
    s[f.severity satisfies Severity]++;
    if (f.fixes?.some((x) => x.safe)) s.fixable++;
  }
}

export { plural } from '../../core/format/shared.ts';
