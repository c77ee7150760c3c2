import words from '../../generated/gendered-words.json';
import type { Span } from '../types.ts';
import type { Rule, RuleReport } from './rule.ts';
import { spanCursor, walkSections } from './walk.ts';

interface WordLists {
  citation: string;
  masculine: string[];
  feminine: string[];
  ignore: string[];
}
const lists = words as unknown as WordLists;

type Coding = 'masculine' | 'feminine';
/** Stems indexed by their first two letters, so a posting costs one lookup per word. */
const stems = new Map<string, { stem: string; coding: Coding }[]>();
for (const coding of ['masculine', 'feminine'] as const) {
  for (const stem of lists[coding]) {
    const key = stem.slice(0, 2);
    stems.set(key, [...(stems.get(key) ?? []), { stem, coding }]);
  }
}
const ignored = new Set(lists.ignore);

export function codingOf(word: string): Coding | null {
  const w = word.toLowerCase();
  if (ignored.has(w)) return null;
  for (const { stem, coding } of stems.get(w.slice(0, 2)) ?? []) if (w.startsWith(stem)) return coding;
  return null;
}

export const genderedWording: Rule = {
  meta: {
    id: 'gendered-wording',
    title: 'Masculine- or feminine-coded words, and a summary of the balance.',
    rationale: `Gaucher, Friesen & Kay (2011) found that job advertisements worded with more masculine-coded words ("competitive", "dominant", "driven") made the jobs less appealing to women, who anticipated they would not belong. The rule marks each coded word (hint level) and, when a posting has at least three, adds one summary of the balance (info level). The word lists are those of Kat Matfield's Gender Decoder, built from the paper; they are shipped in \`data/gendered-words.yaml\`.\n\nCitation: ${lists.citation}`,
    defaultSeverity: 'info',
    fixable: false,
    options: {},
    examples: { bad: 'We want an aggressive, competitive rockstar who dominates.', good: 'We want an engineer who takes on hard problems and shares what they learn.' },
  },
  check(context) {
    const skip: Span[] = [];
    for (const { section } of walkSections(context.analysis.sections)) {
      skip.push(section.headingSpan);
      if (section.kind === 'noise' || section.kind === 'legal') skip.push(section.span);
    }
    const inSkipped = spanCursor(skip);

    const found: Record<Coding, { word: string; range: Span }[]> = { masculine: [], feminine: [] };
    for (const m of context.text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/g)) {
      const coding = codingOf(m[0]);
      if (!coding || inSkipped(m.index, m.index + 1)) continue;
      found[coding].push({ word: m[0], range: { start: m.index, end: m.index + m[0].length } });
    }
    const reports: RuleReport[] = [];
    for (const coding of ['masculine', 'feminine'] as const) {
      for (const f of found[coding]) {
        reports.push({ range: f.range, severity: 'hint', message: `"${f.word}" is ${coding}-coded (Gaucher, Friesen & Kay 2011).`, data: { word: f.word, coding } });
      }
    }
    const m = found.masculine.length;
    const f = found.feminine.length;
    // The summary speaks of the posting's wording as a whole, so it needs a few coded words to stand on.
    if (m + f >= 3) {
      const verdict = m > f ? 'leans masculine-coded' : f > m ? 'leans feminine-coded' : 'is balanced';
      const sample = (xs: { word: string }[]) => [...new Set(xs.map((x) => x.word.toLowerCase()))].slice(0, 6).join(', ');
      const first = [...found.masculine, ...found.feminine].sort((a, b) => a.range.start - b.range.start)[0]!;
      reports.push({
        range: first.range,
        message: `Wording ${verdict}: ${m} masculine-coded word${m === 1 ? '' : 's'}${m ? ` (${sample(found.masculine)})` : ''} and ${f} feminine-coded word${f === 1 ? '' : 's'}${f ? ` (${sample(found.feminine)})` : ''}.`,
        data: { masculine: m, feminine: f, summary: true },
      });
    }
    return reports;
  },
};
