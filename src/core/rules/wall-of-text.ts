import type { Rule, RuleReport } from './rule.ts';
import { numberOption } from './rule.ts';

export const wallOfText: Rule = {
  meta: {
    id: 'wall-of-text',
    title: 'A very long stretch of text without bullets or paragraph breaks.',
    rationale:
      'Readers scan postings. A paragraph of many hundred characters without a single bullet or line break hides the responsibilities and requirements inside it — typical of text scraped from a page that lost its line breaks. Break it into a list. The threshold is `maxChars` (default 1000).',
    defaultSeverity: 'warning',
    fixable: false,
    options: { maxChars: { type: 'number', default: 1000, description: 'Longest paragraph, in characters, before the rule reports.' } },
    examples: { bad: 'Responsibilities: You will design... (1,500 characters in one paragraph)', good: 'Responsibilities\n- Design …\n- Build …' },
  },
  check(context) {
    const max = numberOption(context, 'maxChars');
    const reports: RuleReport[] = [];
    // A paragraph is a line in plain text (each line is a unit there); in Markdown, lines wrap, so
    // a paragraph is a run of non-blank lines that are not list items or headings.
    const pattern = context.analysis.format === 'markdown' ? /(?:^(?![ \t]*(?:[-*+#>]|\d+[.)])\s)[ \t]*\S[^\r\n]*(?:\r?\n|$))+/gm : /[^\r\n]+/g;
    for (const m of context.text.matchAll(pattern)) {
      const length = m[0].trim().length;
      if (length <= max) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      reports.push({
        range: { start, end: start + length },
        message: `A paragraph of ${length.toLocaleString('en-US')} characters without bullets or breaks: split it into a list.`,
        data: { length, max },
      });
    }
    return reports;
  },
};
