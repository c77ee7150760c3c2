import type { Span } from '../types.ts';
import type { Rule, RuleReport } from './rule.ts';
import { walkSections } from './walk.ts';

/** Capitalised words that stand in lists of skills but are not technologies. */
const NOT_TERMS = new Set(
  'and or etc e.g i.e similar other others more experience knowledge familiarity strong solid good excellent proficiency proficient ability understanding english french german spanish chinese mandarin korean japanese bachelor master masters phd degree bs ms ba ma mba senior junior lead staff principal remote hybrid onsite usa us uk eu apac emea'.split(' '),
);

/** Separators of an inline list: "Java, Kotlin, Golang, Python, or JavaScript (TypeScript)". */
const SEPARATOR = /\s*(?:[,;|()/]|\b(?:or|and|such as|e\.g\.|including|like|etc\.?)\b|&)\s*/giu;

export const unknownTerm: Rule = {
  meta: {
    id: 'unknown-term',
    title: 'A technology-looking term in a list of skills is not in the glossary.',
    rationale:
      'When a posting lists "Java, Kotlin, Zig, Python" and one of them is unknown to the glossary, readers get no definition on hover and the term is missing from skill statistics. The rule looks only at inline lists that already name at least two known skills, and reports single capitalised or technical-looking words in them. The quick fix "Add to Workspace Glossary" adds a stub entry to `.postinglens/glossary.yaml` for you to complete.',
    defaultSeverity: 'info',
    fixable: false,
    options: {},
    examples: { bad: '- Java, Kotlin, Frobnicate, Python', good: '- Java, Kotlin, Python (and Frobnicate defined in the workspace glossary)' },
  },
  check(context) {
    const mentions = context.analysis.skills.flatMap((s) => s.mentions.map((m) => m.span)).sort((a, b) => a.start - b.start);
    const skip: Span[] = [];
    for (const { section } of walkSections(context.analysis.sections)) {
      skip.push(section.headingSpan);
      if (section.kind === 'noise') skip.push(section.span);
    }
    const overlaps = (s: Span, spans: Span[]) => spans.some((m) => m.start < s.end && s.start < m.end);
    const reports: RuleReport[] = [];
    for (const line of context.text.matchAll(/[^\r\n]+/g)) {
      const span = { start: line.index, end: line.index + line[0].length };
      const inLine = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
      if (inLine.length < 2 || overlaps(span, skip)) continue;
      let last = 0;
      const segments: Span[] = [];
      for (const sep of line[0].matchAll(SEPARATOR)) {
        segments.push({ start: span.start + last, end: span.start + sep.index });
        last = sep.index + sep[0].length;
      }
      segments.push({ start: span.start + last, end: span.end });
      for (const seg of segments) {
        const word = context.text.slice(seg.start, seg.end).trim().replace(/[.:]+$/, '');
        if (!/^[A-Z][A-Za-z0-9+#.-]{1,30}$|^[a-z]+[A-Z][A-Za-z0-9]*$|^[A-Za-z]+[0-9][A-Za-z0-9]*$/.test(word)) continue;
        if (NOT_TERMS.has(word.toLowerCase())) continue;
        const at = context.text.indexOf(word, seg.start);
        const range = { start: at, end: at + word.length };
        if (overlaps(range, inLine)) continue;
        reports.push({ range, message: `"${word}" looks like a technology but is not in the glossary: add it to the workspace glossary to get hovers and statistics.`, data: { term: word } });
      }
    }
    return reports;
  },
};
