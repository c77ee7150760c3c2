import type { EntryKind, Item, Section, SectionKind, Span } from '../types.ts';
import type { LineIndex } from '../lines.ts';

/** Kinds that name a concrete technology (not a concept, practice or credential). */
const TECHNOLOGY: ReadonlySet<EntryKind> = new Set(['language', 'framework', 'library', 'tool', 'platform', 'service', 'database']);
export const isTechnology = (kind: EntryKind) => TECHNOLOGY.has(kind);

/** Every section of the tree, depth first, with the kinds of its ancestors. */
export function* walkSections(sections: Section[], parents: SectionKind[] = []): Generator<{ section: Section; path: SectionKind[] }> {
  for (const section of sections) {
    yield { section, path: parents };
    yield* walkSections(section.children, [...parents, section.kind]);
  }
}

/** Items of sections that state what a candidate must bring (not the preferred ones). */
export function requiredItems(sections: Section[]): Item[] {
  const items: Item[] = [];
  for (const { section, path } of walkSections(sections)) {
    if (path.includes('preferred') || path.includes('noise')) continue;
    const asks = section.kind === 'requirements' || (section.kind === 'skills' && section.children.length === 0 && !path.includes('preferred'));
    if (asks) items.push(...section.items);
  }
  return items;
}

/** Case-, punctuation- and space-insensitive form of an item, for comparisons. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * "Does [start, end) touch one of these spans?" for queries whose `start` never decreases (words or
 * lines in document order): linear over the whole text instead of a scan of every span per query.
 */
export function spanCursor(spans: readonly Span[]): (start: number, end: number) => boolean {
  const merged: Span[] = [];
  for (const s of [...spans].filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let i = 0;
  return (start, end) => {
    while (i < merged.length && merged[i]!.end <= start) i++;
    return i < merged.length && merged[i]!.start < end;
  };
}

/**
 * The whole lines a span lies on: where the first starts, where the last one's text ends (before its
 * line break) and where the line after it starts (the text's end on the last line). Found in the
 * line index, not by walking the text, so a fix on a 2 MB single-line posting costs no more than
 * one on a short line.
 */
export function linesAround(lines: LineIndex, text: string, span: Span): { start: number; end: number; next: number } {
  const start = lines.lineStart(lines.positionAt(span.start).line);
  const last = lines.positionAt(span.end).line;
  if (last + 1 >= lines.lineCount) return { start, end: text.length, next: text.length };
  const next = lines.lineStart(last + 1);
  const end = next - (text[next - 1] === '\n' && text[next - 2] === '\r' ? 2 : 1);
  return { start, end, next };
}
