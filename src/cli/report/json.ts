/**
 * `check --format json`: one document for scripts.
 *   { "version": 1, "summary": {...}, "files": [{ "path", "error"?, "fixed", "findings": [...] }] }
 * A finding: ruleId, severity, message, url, `start`/`end` (UTF-16 offsets, end exclusive) and
 * `line`/`character`/`endLine`/`endCharacter` (0-based, as in the extract JSON contract), fixes with
 * their edits located the same way, and the rule's `data`.
 */
import type { FileResult } from '../review-file.ts';
import type { CheckSummary } from './summary.ts';

export const CHECK_JSON_VERSION = 1;

export function renderCheckJson(results: readonly FileResult[], summary: CheckSummary): string {
  const files = results.map((r) => ({ path: r.id, ...(r.error ? { error: r.error } : {}), fixed: r.fixed, findings: r.findings }));
  return JSON.stringify({ version: CHECK_JSON_VERSION, summary, files }, null, 2) + '\n';
}
