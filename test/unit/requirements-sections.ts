// Test helper (not a test): builds a Section tree from a text and its headings, so the level and
// requirement modules can be tested without the sections parser.
import type { Section, SectionKind } from '../../src/core/types.ts';

export type HeadingSpec = [title: string, kind: SectionKind, depth?: number];

/**
 * Each heading is found (in order) as a whole line or glued text; a section runs to the next
 * heading of the same or a lower depth. Items are the lines (bullet marker removed).
 */
export function sectionsOf(text: string, headings: HeadingSpec[]): Section[] {
  const flat: Section[] = [];
  let from = 0;
  for (const [title, kind, depth = 1] of headings) {
    const at = text.indexOf(title, from);
    if (at < 0) throw new Error(`heading not found: ${title}`);
    from = at + title.length;
    flat.push({ title, kind, depth, span: { start: at, end: text.length }, headingSpan: { start: at, end: at + title.length }, children: [], items: [] });
  }
  for (let i = 0; i < flat.length; i++) {
    const s = flat[i]!;
    const next = flat.slice(i + 1).find((o) => o.depth <= s.depth);
    if (next) s.span.end = next.span.start;
  }
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const s of flat) {
    while (stack.length && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
    if (stack.length) stack[stack.length - 1]!.children.push(s);
    else roots.push(s);
    stack.push(s);
  }
  for (const s of flat) {
    const end = s.children[0]?.span.start ?? s.span.end;
    const re = /[^\r\n]+/g;
    re.lastIndex = s.headingSpan.end;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      const lead = /^\s*(?:[-•*·]|\d+[.)])?\s*/.exec(m[0])![0].length;
      const start = m.index + lead;
      const stop = Math.min(m.index + m[0].trimEnd().length, end);
      if (stop > start) s.items.push({ text: text.slice(start, stop), span: { start, end: stop }, bullet: lead ? m[0].trim()[0]! : null });
    }
  }
  return roots;
}

/** The span of the `n`-th occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not found: ${needle}`);
  }
  return { start: at, end: at + needle.length };
}
