import type { LineRange, Position, Span } from './types.ts';

/**
 * Converts between UTF-16 offsets and 0-based line/character positions.
 * Line breaks are `\r\n`, `\n` or a lone `\r` (as VS Code counts them).
 */
export interface LineIndex {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  rangeOf(span: Span): LineRange;
  /** Offset of the first character of `line`. */
  lineStart(line: number): number;
}

export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }

  const positionAt = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo]! };
  };

  const lineStart = (line: number): number => starts[Math.max(0, Math.min(line, starts.length - 1))]!;

  return {
    lineCount: starts.length,
    positionAt,
    lineStart,
    offsetAt(position: Position): number {
      if (position.line >= starts.length) return text.length;
      const start = lineStart(position.line);
      const next = position.line + 1 < starts.length ? starts[position.line + 1]! : text.length;
      return Math.max(start, Math.min(start + Math.max(0, position.character), next));
    },
    rangeOf(span: Span): LineRange {
      return { start: positionAt(span.start), end: positionAt(span.end) };
    },
  };
}
