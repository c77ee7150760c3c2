/**
 * The one changed region between two versions of a text, and the whole lines around it: what an
 * analysis of the previous version may keep after an edit (see `AnalysisMemo` in analyze.ts).
 */

/** `before[start, oldEnd)` became `after[start, newEnd)`; everything else is the same text. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

let last: { before: string; after: string; edit: TextEdit | null } | undefined;

/**
 * The changed region (common prefix and suffix left out), or null when the texts are equal. The
 * last answer is remembered: the matcher's memo and the paragraph words ask about the same two
 * versions in one analysis.
 */
export function textEdit(before: string, after: string): TextEdit | null {
  if (last && last.before === before && last.after === after) return last.edit;
  const edit = changedRegion(before, after);
  last = { before, after, edit };
  return edit;
}

function changedRegion(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const min = Math.min(before.length, after.length);
  let start = 0;
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const maxTail = min - start;
  while (tail < maxTail && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * The whole lines of `after` that the edit touches: from the start of the line where it starts to
 * the line break after its end (exclusive; the text's end when none). The lines before and after
 * are the same text in both versions, at offsets moved by `newEnd - oldEnd` after the region.
 */
export function editedLines(after: string, edit: TextEdit): { start: number; end: number } {
  const start = edit.start > 0 ? after.lastIndexOf('\n', edit.start - 1) + 1 : 0;
  const next = after.indexOf('\n', edit.newEnd);
  return { start, end: next < 0 ? after.length : next };
}
