/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::message`), which show as annotations on
 * the pull request. Written beside the stylish output when `GITHUB_ACTIONS=true`. Hints are left out;
 * `info` becomes a `notice`. Values are escaped as the workflow-commands spec asks.
 */
import type { Severity } from '../../core/types.ts';
import type { FileResult } from '../review-file.ts';

const COMMAND: Record<Severity, string | null> = { error: 'error', warning: 'warning', info: 'notice', hint: null };

/** Escapes the message part (after `::`). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value (`file=`, `title=`). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One line per finding; `file` is the path relative to the repository root (GITHUB_WORKSPACE). */
export function renderGithubAnnotations(r: FileResult, file: string): string {
  let out = '';
  for (const f of r.findings) {
    const command = COMMAND[f.severity];
    if (!command) continue;
    const props = [`file=${file}`, `line=${f.line + 1}`, `col=${f.character + 1}`, `endLine=${f.endLine + 1}`, `endColumn=${f.endCharacter + 1}`, `title=${f.ruleId}`];
    out += `::${command} ${props.map((p) => p.replace(/=(.*)$/s, (_, v: string) => `=${escapeProperty(v)}`)).join(',')}::${escapeData(f.message)}\n`;
  }
  return out;
}
