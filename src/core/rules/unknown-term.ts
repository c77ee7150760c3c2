import type { Span } from '../types.ts';
import type { Rule, RuleReport } from './rule.ts';
import { spanCursor, walkSections } from './walk.ts';

/** Capitalised words that stand in lists of skills but are not technologies. */
const NOT_TERMS = new Set(
  'and or etc e.g i.e similar other others more experience knowledge familiarity strong solid good excellent proficiency proficient ability understanding english french german spanish chinese mandarin korean japanese bachelor master masters phd degree bs ms ba ma mba senior junior lead staff principal remote hybrid onsite usa us uk eu apac emea'.split(' '),
);

/** Separators of an inline list: "Java, Kotlin, Golang, Python, or JavaScript (TypeScript)". */
const SEPARATOR = /\s*(?:[,;|()/]|\b(?:or|and|such as|e\.g\.|including|like|etc\.?)\b|&)\s*/giu;

/** The trimmed text of a list segment and where it is, or null when empty. */
function trimSegment(text: string, seg: Span): { word: string; range: Span } | null {
  const raw = text.slice(seg.start, seg.end);
  const word = raw.trim().replace(/[.:]+$/, '');
  if (!word) return null;
  const start = seg.start + raw.indexOf(word);
  return { word, range: { start, end: start + word.length } };
}

const initials = (s: string) =>
  s
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join('');

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
    const skipped = spanCursor(skip);
    const reports: RuleReport[] = [];
    let next = 0; // first mention not yet behind the current line (lines and mentions are in order)
    for (const line of context.text.matchAll(/[^\r\n]+/g)) {
      const span = { start: line.index, end: line.index + line[0].length };
      while (next < mentions.length && mentions[next]!.start < span.start) next++;
      const inLine: Span[] = [];
      for (let k = next; k < mentions.length && mentions[k]!.start < span.end; k++) if (mentions[k]!.end <= span.end) inLine.push(mentions[k]!);
      if (inLine.length < 2 || skipped(span.start, span.end)) continue;
      let last = 0;
      const segments: Span[] = [];
      for (const sep of line[0].matchAll(SEPARATOR)) {
        segments.push({ start: span.start + last, end: span.start + sep.index });
        last = sep.index + sep[0].length;
      }
      segments.push({ start: span.start + last, end: span.end });
      const words = segments.map((seg) => trimSegment(context.text, seg));
      // A segment that is exactly one known skill ("Kotlin"): the mark of an inline list.
      const isSkill = words.map((w) => w !== null && inLine.some((m) => m.start === w.range.start && m.end === w.range.end));
      words.forEach((w, i) => {
        if (!w || isSkill[i]) return;
        // Inside a list: a known skill on at least one side, and not the word that opens the line.
        if (!(isSkill[i - 1] || isSkill[i + 1]) || i === 0) return;
        if (!/^[A-Z][A-Za-z0-9+#.-]{1,30}$|^[a-z]+[A-Z][A-Za-z0-9]*$|^[A-Za-z]+[0-9][A-Za-z0-9]*$/.test(w.word)) return;
        if (NOT_TERMS.has(w.word.toLowerCase()) || overlaps(w.range, inLine)) return;
        // "Machine Learning Platform (MLP)": an acronym defined by the words before it.
        const before = words[i - 1]?.word ?? '';
        if (/^[A-Z]{2,6}s?$/.test(w.word) && initials(before).endsWith(w.word.replace(/s$/, '').toLowerCase())) return;
        reports.push({ range: w.range, message: `"${w.word}" looks like a technology but is not in the glossary: add it to the workspace glossary to get hovers and statistics.`, data: { term: w.word } });
      });
    }
    return reports;
  },
};
