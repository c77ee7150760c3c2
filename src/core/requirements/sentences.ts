import type { Span } from '../types.ts';
import { isLower, isUpper } from '../sections/chars.ts';

/**
 * Sentence boundaries in posting text, including run-together scraped text where bullets and
 * sentences are glued (`…skills.- Familiar with…`, `Join us.The mission…`, `role- Proficient in…`).
 *
 * A sentence never crosses a blank line, a bullet, a `;`, or a line break (unless the next line
 * plainly continues the sentence: it starts with a lower-case letter).
 */

/** How far a sentence may reach on either side of what it contains (keeps every look-up linear). */
const REACH = 400;

const isLetter = (c: string | undefined): boolean => isUpper(c) || isLower(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const BULLETS = new Set(['•', '●', '▪', '■', '◦', '‣', '∙', '·', '*', '-', '–', '—', '►', '➢', '✓', '✔']);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|vs|approx|incl|esp|min|max|no|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|corp|dept|fig|cf|al)$/iu;

/** Next non-blank character after `i` on the same line, with its index. */
function nextVisible(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j])) j++;
  return j;
}

/** Every character that can separate two sentences (a fast first test). */
const SEPARATORS = new Set(['\n', '\r', '\u2028', '\u2029', ';', '•', '●', '▪', '■', '◦', '►', '➢', '·', '路', '|', '.', '!', '?', ':', '-', '–', '—']);

/** ASCII code units that may separate sentences (the rest of ASCII never does). */
const ASCII_SEPARATOR = new Uint8Array(0x80);
for (const c of SEPARATORS) if (c.charCodeAt(0) < 0x80) ASCII_SEPARATOR[c.charCodeAt(0)] = 1;

/**
 * True when a sentence starts right after the character at `i` (the character at `i` is the
 * separator and belongs to neither sentence, or ends the one before).
 */
export function isBoundaryAfter(text: string, i: number): boolean {
  if (i >= text.length || i < 0) return text[i] === undefined;
  const code = text.charCodeAt(i);
  if (code < 0x80 && !ASCII_SEPARATOR[code]) return false;
  const c = text[i]!;
  if (!SEPARATORS.has(c)) return false;
  if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
    // The "\n" of a "\r\n" pair: the "\r" before it decides.
    if (c === '\n' && text[i - 1] === '\r') return false;
    // A lone line break followed by a lower-case word continues the sentence (hard-wrapped prose).
    let j = i + 1;
    if (c === '\r' && text[j] === '\n') j++;
    const k = nextVisible(text, j);
    if (!isLower(text[k])) return true;
    let p = i - 1;
    while (p >= 0 && isSpace(text[p])) p--;
    const before = text[p];
    return before === undefined || before === '\n' || before === '\r' || /[.:;!?]/.test(before);
  }
  if (c === ';') return true;
  if (c === '•' || c === '●' || c === '▪' || c === '■' || c === '◦' || c === '►' || c === '➢') return true;
  if ((c === '·' || c === '路' || c === '|') && isSpace(text[i - 1]) && isSpace(text[i + 1])) return true;
  if (c === '.' || c === '!' || c === '?' || c === ':') {
    const next = text[i + 1];
    // Glued bullet: "skills.- Familiar", "Responsibilities:- Responsible", "…end.• Next".
    if (next !== undefined && BULLETS.has(next) && next !== '.' && (next !== '*' || text[i + 2] !== '*')) {
      return isSpace(text[i + 2]) || isLetter(text[i + 2]);
    }
    if (c === ':') return false;
    if (c === '.') {
      const head = text.slice(Math.max(0, i - 8), i);
      if (ABBREVIATIONS.test(head)) return false;
      // "U.S.", "B.S.", "Ph.D." — single letters between full stops.
      if (isLetter(text[i - 1]) && (text[i - 2] === '.' || (text[i - 3] === '.' && isLetter(text[i - 2])))) {
        const k = nextVisible(text, i + 1);
        if (!isUpper(text[k]) || k === i + 1) return false;
      }
      // Glued sentences: "Join us.The mission", "or support.D&I Statement".
      if (isUpper(next) && isLower(text[i - 1]) && isLower(text[i - 2])) return true;
    }
    if (!isSpace(next) && next !== '\n' && next !== '\r' && next !== undefined) return false;
    const k = nextVisible(text, i + 1);
    const after = text[k];
    return after === undefined || !isLower(after);
  }
  if (c === '-' || c === '–' || c === '—') {
    // A scraped bullet glued to the end of the previous item: "role- Proficient in".
    if (text[i + 1] === ' ' && isUpper(text[i + 2]) && text[i - 1] !== undefined && !isSpace(text[i - 1])) return true;
  }
  return false;
}

/** Skips bullet markers and blanks at the start of a sentence and blanks at its end. */
function trim(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || text[s] === '\n' || text[s] === '\r' || BULLETS.has(text[s]!))) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return { start: s, end: e };
}

/**
 * The sentence that contains `span`, kept inside `scope` (an item or a section's content).
 * Boundaries inside `span` itself are ignored, so a term is never cut in two.
 */
export function sentenceAround(text: string, span: Span, scope: Span = { start: 0, end: text.length }): Span {
  const floor = Math.max(scope.start, span.start - REACH, 0);
  const ceil = Math.min(scope.end, span.end + REACH, text.length);
  let start = floor;
  for (let i = span.start - 1; i >= floor; i--) {
    if (isBoundaryAfter(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = ceil;
  for (let i = Math.max(span.end, start); i < ceil; i++) {
    if (isBoundaryAfter(text, i)) {
      // A full stop, "!" or "?" that ends the sentence belongs to it.
      end = /[.!?]/.test(text[i]!) ? i + 1 : i;
      break;
    }
  }
  const t = trim(text, start, end);
  if (t.start > span.start || t.end < span.end) return { start: Math.min(t.start, span.start), end: Math.max(t.end, span.end) };
  return t;
}
