/**
 * What the section finder computed for one document's last two versions (the editor's memo, one
 * per document), kept by the text each value was computed from: a line's own facts, the headings
 * glued into a line, the items of a section's body. A value is stored relative to where its text
 * starts, so an edit elsewhere, which only moves that text, lets it be used again. The result is
 * the same as without the memo.
 */
import type { Item, SectionKind, Span } from '../types.ts';
import { createGenerations, nextGeneration, recall, type Generations } from '../generations.ts';
import { findGluedHeadings, type AloneWords, type GluedHeading } from './glued.ts';
import { extractItems, type ItemOptions } from './items.ts';

/** What a line says by itself, its offsets relative to the line's start. */
export interface LineFacts {
  /** Its text without the spaces around it. */
  text: string;
  blank: boolean;
  /** A line of job-board debris ("Save", "3 days ago"). */
  noise: boolean;
  /** Debris after which a board lists other jobs ("Similar jobs"). */
  opener: boolean;
  /** The line as a heading of the alias table. */
  heading: { title: string; kind: SectionKind; span: Span } | null;
  /** The headings glued into the line, by what the line reads around it (see `gluedAgain`). */
  glued?: GluedVariant[];
}

interface GluedVariant {
  /** The character before the line, and the 16 after it. */
  before: string;
  after: string;
  setOff: boolean;
  headings: readonly GluedHeading[];
}

export interface SectionMemo {
  /** By the line's scan text. */
  readonly lines: Generations<string, LineFacts>;
  /** By the body's text and scan text with what it reads around them. */
  readonly items: Generations<string, readonly Item[]>;
}

export function createSectionMemo(): SectionMemo {
  return { lines: createGenerations(), items: createGenerations() };
}

/** Starts an analysis of the document (see `nextGeneration`). */
export function nextSections(memo: SectionMemo): void {
  nextGeneration(memo.lines);
  nextGeneration(memo.items);
}

const moved = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });

/** How many contexts of one line text (it may repeat in a posting) keep their glued headings. */
const MAX_VARIANTS = 4;

/**
 * The glued headings of the line `[start, end)` (`findGluedHeadings`), kept with the line's facts
 * when only the line and the characters next to it decided them.
 */
export function gluedAgain(facts: LineFacts, scan: string, start: number, end: number, alone: AloneWords, setOff: boolean): GluedHeading[] {
  const before = start > 0 ? scan[start - 1]! : '';
  const after = scan.slice(end, end + 16);
  const kept = facts.glued?.find((v) => v.setOff === setOff && v.before === before && v.after === after);
  if (kept) return kept.headings.map((g) => ({ ...g, start: g.start + start, end: g.end + start, bodyStart: g.bodyStart + start }));
  alone.asked = false;
  const found = findGluedHeadings(scan, start, end, alone, setOff);
  // A heading judged by the words of the whole text is not the line's alone.
  if (!alone.asked) {
    const variants = (facts.glued ??= []);
    if (variants.length >= MAX_VARIANTS) variants.shift();
    variants.push({ before, after, setOff, headings: found.map((g) => ({ ...g, start: g.start - start, end: g.end - start, bodyStart: g.bodyStart - start })) });
  }
  return found;
}

/**
 * Around a body, what `extractItems` reads besides it: up to 12 characters before a period (an
 * abbreviation) and 30 after a sentence end (the next word).
 */
const BEFORE = 16;
const AFTER = 32;

/**
 * The items of the body `[start, end)` (`extractItems`), from the memo when its text was seen.
 * `sameText`: the text is its scan copy (no odd spaces, invisible characters or mojibake).
 */
export function itemsAgain(memo: SectionMemo, text: string, scan: string, start: number, end: number, options: ItemOptions, sameText: boolean): Item[] {
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(text.length, end + AFTER);
  const scanPart = scan.slice(from, to);
  const textPart = sameText ? scanPart : text.slice(from, to);
  const key = `${options.markdown ? 'm' : 't'}${start - from}:${end - start}:${to - from}:${scanPart}${sameText ? '' : textPart}`;
  const relative = recall(memo.items, key, () => extractItems(textPart, scanPart, start - from, end - from, options));
  return relative.map((i) => ({ text: i.text, span: moved(i.span, from), bullet: i.bullet }));
}
