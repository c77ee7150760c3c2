import type { Item, Span } from '../types.ts';
import type { Rule, RuleContext, RuleReport } from './rule.ts';
import { comparable, linesAround, walkSections } from './walk.ts';

export const duplicateItem: Rule = {
  meta: {
    id: 'duplicate-item',
    title: 'The same bullet appears twice.',
    rationale: 'A repeated bullet is usually a copy-and-paste slip; it makes a list look longer than it is. The quick fix removes the second copy.',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    examples: { bad: '- Experience with Kafka\n- Strong SQL\n- Experience with Kafka', good: '- Experience with Kafka\n- Strong SQL' },
  },
  check(context) {
    const reports: RuleReport[] = [];
    // A duplicate is a bullet repeated inside one top-level section (a list and its sub-lists): the same
    // words under two different headings are a level question (conflicting-level), and scraped pages
    // repeat their panels anyway.
    for (const top of context.analysis.sections) {
      if (top.kind === 'noise') continue;
      const seen = new Map<string, Item>();
      for (const { section } of walkSections([top])) {
        if (section.kind === 'noise') continue;
        for (const item of section.items) {
          const key = comparable(item.text);
          if (!item.bullet || key.length < 3) continue;
          const first = seen.get(key);
          if (!first) {
            seen.set(key, item);
            continue;
          }
          const line = context.lines.positionAt(first.span.start).line;
          reports.push({
            range: item.span,
            message: `This item repeats line ${line + 1}: "${shorten(item.text)}".`,
            fixes: [{ title: 'Remove the repeated item', safe: true, edits: [{ range: wholeLine(context, item.span), newText: '' }] }],
            data: { firstLine: line },
          });
        }
      }
    }
    return reports;
  },
};

/** The item's whole line including its line break, when the item is alone on its line. */
function wholeLine({ text, lines }: RuleContext, span: Span): Span {
  const { start, end, next } = linesAround(lines, text, span);
  // Only whole-line removal when nothing but a bullet marker and spaces shares the line.
  if (span.start - start > MAX_MARKER || end - span.end > MAX_MARKER || !/^\s*(?:[-*•·▪–—‣◦]|\d+[.)]|\([a-z0-9]\))?\s*$/.test(text.slice(start, span.start)) || text.slice(span.end, end).trim() !== '') return span;
  return { start, end: next };
}

/** Longer than any indent and bullet marker (or trailing blanks): what shares the line is text. Keeps the check short on a long line. */
const MAX_MARKER = 200;

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
