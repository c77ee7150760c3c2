import type { Fix, Span } from '../types.ts';
import type { Rule, RuleContext, RuleReport } from './rule.ts';
import { linesAround, walkSections } from './walk.ts';

/**
 * Mojibake seen in scraped postings: UTF-8 read as another encoding. Each entry is what was meant.
 * `路` is the middle dot `·` (U+00B7, UTF-8 C2 B7) decoded as GBK/GB18030 — only when a space
 * stands on each side, since 路 is also an ordinary Chinese character.
 */
const MOJIBAKE: [RegExp, string][] = [
  [/(?<= )路(?= )/g, '·'],
  [/â€™/g, '’'],
  [/â€˜/g, '‘'],
  [/â€œ/g, '“'],
  [/â€\x9d|â€\u009d/g, '”'],
  [/â€”/g, '—'],
  [/â€“/g, '–'],
  [/â€¢/g, '•'],
  [/â€¦/g, '…'],
  [/Â·/g, '·'],
  [/Â (?=\S)/g, ' '],
  [/Ã©/g, 'é'],
  [/Ã¨/g, 'è'],
  [/Ã¼/g, 'ü'],
  [/Ã¶/g, 'ö'],
  [/Ã¤/g, 'ä'],
  [/\uFFFD/g, ''],
];

export const scrapeNoise: Rule = {
  meta: {
    id: 'scrape-noise',
    title: 'Page debris or mojibake left over from copying a posting off a job board.',
    rationale:
      'Text copied from a job board brings the page with it: "Apply", "Save", "Show more options", applicant counts, upsell lines, and characters garbled by a wrong encoding (`路` for `·`, `â€™` for `’`). The quick fixes remove the debris and repair the characters; repairing characters is safe for "Fix All".',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    examples: { bad: 'Apply\nSave\nShow more options\nSingapore 路 Reposted 17 hours ago', good: 'Singapore' },
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const { section } of walkSections(context.analysis.sections)) {
      if (section.kind !== 'noise') continue;
      const range = trimmed(context.text, section.span);
      const first = context.text.slice(range.start, range.end).split(/\r?\n/)[0]!.trim();
      const remove: Fix = { title: 'Remove the page debris', safe: false, edits: [{ range: lineRange(context, range), newText: '' }] };
      reports.push({ range, message: `Page debris from a job board ("${first.length > 40 ? `${first.slice(0, 37)}…` : first}"): remove it.`, fixes: [remove] });
    }
    for (const [pattern, meant] of MOJIBAKE) {
      for (const m of context.text.matchAll(pattern)) {
        const range = { start: m.index, end: m.index + m[0].length };
        const repair: Fix = { title: meant ? `Replace "${m[0]}" with "${meant}"` : `Remove "${m[0]}"`, safe: true, edits: [{ range, newText: meant }] };
        reports.push({ range, message: meant ? `Garbled character "${m[0]}" (mojibake): "${meant}" was meant.` : 'Replacement character "\uFFFD": a character was lost when the text was copied.', fixes: [repair], data: { found: m[0], meant } });
      }
    }
    return reports.sort((a, b) => a.range.start - b.range.start);
  },
};

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Extends a range to whole lines, line break included, so removing it leaves no blank gap. */
function lineRange({ text, lines }: RuleContext, span: Span): Span {
  const { start, next } = linesAround(lines, text, span);
  return { start, end: next };
}
