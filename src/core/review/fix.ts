import type { Finding, TextEdit } from '../types.ts';

export interface AppliedFixes {
  text: string;
  /** How many fixes were applied. */
  applied: number;
}

/**
 * Applies the safe fixes of `findings` to `text` (what `check --fix` and "Fix All" do). Edits are
 * applied from the end so offsets stay valid; a fix whose edits overlap an already chosen fix is left
 * for the next pass (run the checks again on the result and repeat until nothing applies).
 */
export function applySafeFixes(text: string, findings: readonly Finding[]): AppliedFixes {
  const chosen: TextEdit[] = [];
  let applied = 0;
  const overlaps = (e: TextEdit) =>
    chosen.some((c) => (e.range.start < c.range.end && c.range.start < e.range.end) || (e.range.start === c.range.start && e.range.end === c.range.end));
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix || !fix.edits.length || fix.edits.some(overlaps)) continue;
    if (fix.edits.some((e) => e.range.start < 0 || e.range.end > text.length || e.range.end < e.range.start)) continue;
    chosen.push(...fix.edits);
    applied++;
  }
  if (!applied) return { text, applied };
  chosen.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of chosen) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return { text: out, applied };
}
