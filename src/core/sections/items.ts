/**
 * The items of a section body: bullets, numbered lines, "Label: value" lines, and the sentences of
 * paragraphs and of long run-together text. Spans point into the original text; item text is
 * display text.
 */
import type { Item, Span } from '../types.ts';
import { detectBullet, splitLines, toDisplayText, trimSpan } from '../normalize.ts';
import { isLowerAt, isUpperAt } from '../glossary/chars.ts';
import { SENTENCE_STARTERS } from '../glossary/boundary.ts';
import { isLower, isUpper } from './chars.ts';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'approx', 'incl', 'esp', 'dept', 'est', 'fig', 'min', 'max', 'yrs', 'mo']);

export interface ItemOptions {
  /** Strip Markdown inline syntax (`**`, `_`, backticks, links) from item text. */
  markdown?: boolean;
}

/** A character all the inline syntax that `stripMarkdown` removes contains: most items have none. */
const INLINE_SYNTAX = /[[*_`<]/;

function stripMarkdown(s: string): string {
  if (!INLINE_SYNTAX.test(s)) return s;
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)([^\n]{1,300}?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_]{1,300})[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]{1,80}>/g, '');
}

function makeItem(text: string, span: Span, bullet: string | null, options: ItemOptions): Item | null {
  const t = trimSpan(text, span.start, span.end);
  if (t.start >= t.end) return null;
  let display = toDisplayText(text.slice(t.start, t.end));
  if (options.markdown) display = toDisplayText(stripMarkdown(display));
  if (!display) return null;
  return { text: display, span: t, bullet };
}

/** Is the period at i part of an abbreviation or an initialism ("e.g.", "U.S.")? */
function isAbbreviation(scan: string, i: number): boolean {
  let a = i;
  while (a > 0 && i - a < 12 && /[\p{L}.]/u.test(scan[a - 1]!)) a--;
  const word = scan.slice(a, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // "U.S. This" ends a sentence only when a sentence starter follows.
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(scan.slice(a, i))) {
    const next = /^\s*(\p{L}+)/u.exec(scan.slice(i + 1, i + 30));
    return !(next && SENTENCE_STARTERS.has(next[1]!));
  }
  return false;
}

/** Sentence boundaries in `[start, end)`: offsets where a new sentence starts. */
export function sentenceStarts(scan: string, start: number, end: number): number[] {
  const starts: number[] = [];
  for (let i = start + 1; i < end - 1; i++) {
    const code = scan.charCodeAt(i);
    // Lower-case ASCII letters and spaces (most of a text) start nothing.
    if ((code >= 0x61 && code <= 0x7a) || code === 0x20) continue;
    const ch = scan[i]!;
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < end && (scan[j] === '"' || scan[j] === '”' || scan[j] === ')' || scan[j] === '’')) j++;
      const spaced = scan[j] === ' ';
      while (j < end && scan[j] === ' ') j++;
      const next = scan[j];
      if (j >= end || !next) continue;
      const dash = /[-–•]/.test(next) && (scan[j + 1] === ' ' || isUpper(scan[j + 1]));
      const opens = dash || isUpper(next) || /[\d"“(']/.test(next);
      if (!opens) continue;
      // A period glued to the next word ("us.The", "models.- Responsible") only after a lower-case word.
      if (!spaced && !dash && !(isLower(scan[i - 1]) || scan[i - 1] === ')')) continue;
      // "Acme Inc. - New York" is one line; "…models.- Responsible…" is two items.
      if (ch === '.' && (!dash || spaced) && isAbbreviation(scan, i)) continue;
      starts.push(j);
    } else if ((ch === '•' || ch === '▪') && /\S/.test(scan.slice(i + 1, i + 3))) {
      // "Requirements• 5 years• Python": bullets run together on one line.
      starts.push(i);
    } else if ((ch === '-' || ch === '–') && scan[i + 1] === ' ' && /[\p{L})]/u.test(scan[i - 1]!) && /[\p{Lu}\d]/u.test(scan[i + 2] ?? '')) {
      // "…in a software engineering role- Proficient in…": a bullet glued to the previous item.
      starts.push(i);
    } else if (isUpperAt(scan, i) && (isUpperAt(scan, i - 1) || isLowerAt(scan, i - 1)) && isLowerAt(scan, i + 1)) {
      // "TFXCandidates for this position": a sentence starter glued to the word before.
      const m = /^\p{L}+/u.exec(scan.slice(i, i + 20));
      if (m && SENTENCE_STARTERS.has(m[0]) && scan[i + m[0].length] === ' ' && isLower(scan[i + m[0].length + 1])) starts.push(i);
    }
  }
  return starts;
}

/**
 * Items of a run of text without line structure: glued bullets ("….- Next") or sentences.
 * A bullet keeps its sentences together; a bullet glued after it, or a sentence glued to its last
 * word ("…systems: TFXCandidates for…"), ends it.
 */
function splitRun(text: string, scan: string, start: number, end: number, bullet: string | null, options: ItemOptions, out: Item[]): void {
  let s = start;
  let marker = bullet;
  const push = (e: number) => {
    const item = makeItem(text, { start: s, end: e }, marker, options);
    if (item) out.push(item);
  };
  for (const c of sentenceStarts(scan, start, end)) {
    const dash = /^[-–•▪]\s*/.exec(scan.slice(c, c + 4));
    const glued = /\p{L}/u.test(scan[c - 1] ?? '');
    if (marker !== null && !dash && !glued) continue;
    push(c);
    s = c;
    marker = null;
    if (dash) {
      marker = dash[0].trim();
      s = c + dash[0].length;
    }
  }
  push(end);
}

/** Does the line at `[start, end)` end without closing its sentence (hard-wrapped text)? */
const continues = (scan: string, end: number, nextStart: number): boolean =>
  /[\p{L},\d]$/u.test(scan.slice(Math.max(0, end - 1), end)) && isLower(scan[nextStart]);

/** Items of the body `[start, end)` of a section. */
export function extractItems(text: string, scan: string, start: number, end: number, options: ItemOptions = {}): Item[] {
  const items: Item[] = [];
  const lines = splitLines(text.slice(start, end)).map((l) => {
    const t = trimSpan(scan, l.start + start, l.end + start);
    return { start: t.start, end: t.end, lineStart: l.start + start };
  });
  // Each line's bullet is looked at twice (as the next line, then as the line): once is enough.
  const bullets: (ReturnType<typeof detectBullet> | undefined)[] = new Array(lines.length);
  const bulletOf = (k: number) => {
    let b = bullets[k];
    if (b === undefined) b = bullets[k] = detectBullet(scan.slice(lines[k]!.start, lines[k]!.end));
    return b;
  };
  for (let k = 0; k < lines.length; k++) {
    let { start: s, end: e } = lines[k]!;
    if (s >= e) continue;
    if (options.markdown && /^(```|~~~)/.test(scan.slice(s, Math.min(e, s + 3)))) continue; // code fence markers
    const bullet = bulletOf(k);
    let marker: string | null = null;
    if (bullet) {
      marker = bullet.marker;
      s += bullet.contentStart;
    }
    // Indented or hard-wrapped continuation lines belong to the same item or paragraph.
    while (k + 1 < lines.length) {
      const next = lines[k + 1]!;
      if (next.start >= next.end || bulletOf(k + 1)) break;
      const indented = marker !== null && next.start - next.lineStart >= 2;
      if (!indented && !continues(scan, e, next.start)) break;
      e = next.end;
      k++;
    }
    const piece = scan.slice(s, e);
    if (e - s < 160 && !/[.!?]\s*\S/.test(piece) && !/[\p{L})][-–] [\p{Lu}\d]/u.test(piece) && !/[•▪]/.test(piece)) {
      const item = makeItem(text, { start: s, end: e }, marker, options);
      if (item) items.push(item);
    } else {
      splitRun(text, scan, s, e, marker, options, items);
    }
  }
  return items;
}
