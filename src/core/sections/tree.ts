/**
 * From flat section starts to the section tree.
 *
 * Nesting comes from Markdown heading depth, and between headings of one depth from two rules:
 * - a general heading with no content of its own followed by qualifier headings
 *   ("Qualifications" → "Minimum Qualifications", "Preferred Qualifications"; "Skills" → "Required",
 *   "Nice to have") holds them as children while they last;
 * - an empty wrapper heading ("About the job", "Job Description") or a kind-less heading holds the
 *   headings that follow until one set off the same way as itself (same blank lines around it),
 *   another wrapper, or job-board debris;
 * - an empty heading in capitals ("QUALIFICATIONS:") holds the headings that follow in mixed case
 *   ("Education/Experience:") until the next one in capitals;
 * - an empty heading of a kind whose items come in groups ("Key Responsibilities:") holds the
 *   headings that follow and name no section ("Reliability & Observability") while they last.
 */
import type { Item, Section, SectionKind } from '../types.ts';
import { trimSpan } from '../normalize.ts';
import type { Mark } from './marks.ts';
import { classifyHeading, isContainerHeading, isQualifierHeading } from './vocabulary.ts';
import { PROFILE_TITLE } from '../level-labels.ts';
import { isCapitals } from './chars.ts';

type Mode = 'level' | 'qualifier' | 'container' | 'caps' | 'topics';

/** Kinds of section whose items may be grouped under sub-headings that name no section of their own. */
export const GROUPING: ReadonlySet<SectionKind> = new Set<SectionKind>(['responsibilities', 'requirements', 'preferred', 'benefits', 'skills']);

/** A heading whose words name no section ("Reliability & Observability", "People"): a topic. */
const isTopic = (m: Mark): boolean => !m.untitled && m.kind === 'other' && classifyHeading(m.title) === null;

/** "QUALIFICATIONS" over "Education/Experience:": capitals mark the outer heading. */
const isCaps = (title: string): boolean => isCapitals(title, 3);
interface Open {
  section: Section;
  mark: Mark;
  mode: Mode;
}

/** Kinds a one-word topic may name alone and still be a topic ("People:", "Process:", "Technology:", "Culture:"). */
const TOPIC_KINDS: ReadonlySet<SectionKind | null> = new Set<SectionKind | null>([null, 'skills', 'team', 'company', 'process']);

/**
 * "People:", "Delivery:", then "Technology:": one word after the topics goes on with them, though
 * the word alone names a kind; "Benefits:" or "Requirements:" ends them.
 */
const isSeriesTopic = (top: Open, m: Mark): boolean => top.section.children.length > 0 && /^\p{L}[\p{L}-]*$/u.test(m.title.trim()) && TOPIC_KINDS.has(classifyHeading(m.title)) && !isContainerHeading(m.title);

export type ItemExtractor = (start: number, end: number) => Item[];

const LEGAL = /\b(equal (employment )?opportunity|without regard to|reasonable accommodations?|e-verify|affirmative action|privacy (notice|policy)|protected veteran|applicable law)\b/i;

/** An untitled section's kind from what it says: boilerplate is `legal`, anything else `about`. */
function untitledKind(kind: Section['kind'], items: Item[]): Section['kind'] {
  if (kind !== 'about' || items.length === 0) return kind;
  return items.filter((i) => LEGAL.test(i.text)).length * 2 >= items.length ? 'legal' : kind;
}

function accepts(top: Open, m: Mark): boolean {
  if (top.mark.level !== m.level) return top.mark.level < m.level;
  if (m.untitled) return false;
  if (top.mode === 'qualifier') return isQualifierHeading(m.title);
  if (top.mode === 'caps') return !isCaps(m.title);
  if (top.mode === 'topics') return isTopic(m) || isSeriesTopic(top, m);
  // Headings glued into one run of text are never "set off" like the wrapper; they stay inside it.
  if (top.mode === 'container') return (m.style !== top.mark.style || m.style === 'g') && !isContainerHeading(m.title);
  return false;
}

function setSpans(s: Section): number {
  let end = s.span.end;
  for (const c of s.children) end = Math.max(end, setSpans(c));
  s.span = { start: s.span.start, end };
  return end;
}

/** Sections of `text` from its marks; `contentStart` skips front matter. */
export function buildSections(text: string, marks: Mark[], extract: ItemExtractor, contentStart = 0): Section[] {
  const sorted = [...marks].sort((a, b) => a.blockStart - b.blockStart);
  const unique = sorted.filter((m, i) => i === 0 || m.blockStart >= sorted[i - 1]!.bodyStart);
  const roots: Section[] = [];
  const stack: Open[] = [];
  if (unique.length === 0 || unique[0]!.blockStart > contentStart) {
    // Content before the first mark (only possible when a parser found none there) is a preamble.
    const first = unique[0]?.blockStart ?? text.length;
    const t = trimSpan(text, contentStart, first);
    if (t.start < t.end) unique.unshift({ title: '', kind: 'about', headingSpan: { start: t.start, end: t.start }, blockStart: t.start, bodyStart: t.start, level: 1, style: 'u', untitled: true });
  }
  for (let i = 0; i < unique.length; i++) {
    const m = unique[i]!;
    const next = unique[i + 1];
    const bodyEnd = next ? next.blockStart : text.length;
    const items = extract(m.bodyStart, bodyEnd);
    const body = trimSpan(text, m.bodyStart, bodyEnd);
    const ownEnd = body.start < body.end ? body.end : m.headingSpan.end;
    if (m.untitled && items.length === 0) continue;
    while (stack.length && !accepts(stack[stack.length - 1]!, m)) stack.pop();
    const parent = stack[stack.length - 1];
    const section: Section = {
      title: m.title,
      kind: m.untitled ? untitledKind(m.kind, items) : parent?.mode === 'topics' && parent.mark.level === m.level ? parent.section.kind : m.kind,
      span: { start: m.blockStart, end: ownEnd },
      headingSpan: m.headingSpan,
      depth: parent ? parent.section.depth + 1 : 1,
      children: [],
      items,
    };
    (parent ? parent.section.children : roots).push(section);
    if (m.untitled) continue;
    let mode: Mode = 'level';
    if (items.length === 0 && next && next.level === m.level && !next.untitled) {
      // "Preferred experience" over "Must have" (Welcome to the Jungle): a profile, not a qualifier.
      if (isQualifierHeading(next.title) && (!isQualifierHeading(m.title) || PROFILE_TITLE.test(m.title))) mode = 'qualifier';
      // "Key Responsibilities:" over "Reliability & Observability", "Platform & Automation": topics.
      else if (GROUPING.has(m.kind) && isTopic(next)) mode = 'topics';
      else if (isContainerHeading(m.title) || m.kind === 'other') mode = 'container';
      else if (isCaps(m.title) && !isCaps(next.title)) mode = 'caps';
    }
    stack.push({ section, mark: m, mode });
  }
  for (const r of roots) setSpans(r);
  return roots;
}

/** The sections containing `offset`, outermost first. A section's span is half-open. */
export function sectionPathAt(sections: Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level: Section[] = sections;
  for (;;) {
    const hit = level.find((s) => offset >= s.span.start && offset < s.span.end);
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}
