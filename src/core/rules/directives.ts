import type { Finding } from '../types.ts';
import type { LineIndex } from '../lines.ts';

/**
 * In-document directives, as HTML comments so they stay invisible in rendered Markdown:
 *   <!-- posting-lens-disable -->                  every rule from here on
 *   <!-- posting-lens-disable rule-a, rule-b -->   those rules from here on
 *   <!-- posting-lens-enable [rule-a] -->          back on
 *   <!-- posting-lens-disable-next-line rule-a --> only the next line
 *   <!-- posting-lens-disable-line rule-a -->      only this line
 */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[] | null;
  line: number;
}

const DIRECTIVE = /<!--\s*posting-lens-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const ids = m[2]!
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], rules: ids.length ? ids : null, line: lines.positionAt(m.index).line });
  }
  return out;
}

/** Drops the findings that a directive turns off. */
export function applyDirectives(findings: Finding[], text: string, lines: LineIndex): Finding[] {
  const directives = parseDirectives(text, lines);
  if (directives.length === 0) return findings;
  const covers = (d: Directive, ruleId: string) => d.rules === null || d.rules.includes(ruleId);
  return findings.filter((f) => {
    const line = lines.positionAt(f.range.start).line;
    let off = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === line && covers(d, f.ruleId)) return false;
      if (d.kind === 'disable-line' && d.line === line && covers(d, f.ruleId)) return false;
      if (d.line > line) continue;
      if (d.kind === 'disable' && covers(d, f.ruleId)) off = true;
      if (d.kind === 'enable' && covers(d, f.ruleId)) off = false;
    }
    return !off;
  });
}
