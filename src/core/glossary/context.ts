import { BREAK, SPACE, charClass, isLowerAt, isUpperAt } from './chars.ts';

/**
 * The surroundings that decide an ambiguous name: its sentence (for the entry's context words),
 * whether it stands alone on a line or bullet, and whether it sits in a list of other skills.
 */

const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x3002, 0xff01, 0xff1f, 0xff1b]); // . ! ? ; 。！？；

/**
 * Offsets where sentences end inside `text[from, to)`, ascending: line breaks, and `.`/`!`/`?`/`;`
 * followed by a space, a line end, a dash, or a capitalised word run on by a scraper
 * (`skills.- Familiar`, `Join us.The mission`).
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (charClass(c) === BREAK) ends.push(i);
    else if (TERMINATORS.has(c)) {
      const n = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      const k = charClass(n);
      if (k === SPACE || k === BREAK || c > 0x7f || (isUpperAt(text, i + 1) && isLowerAt(text, i + 2))) ends.push(i + 1);
    }
  }
  return ends;
}

/** Index of the sentence containing `offset`, given the sorted sentence ends. */
export function sentenceIndex(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BULLET = /^(?:[-*•·‣◦▪▫●○■□►▸▹➢➤✓✔☐✗–—+>]|路|\d{1,3}[.)]|\(?[a-zA-Z0-9]{1,3}\)|[a-zA-Z][.)])\s*/u;
const MAX_LINE = 160;

/**
 * Is the mention `[start, end)` all there is on its line, apart from a bullet marker and a
 * trailing `,` `;` `.` or `:`? (`• Go`, a line `C` in a list of skills, `2. Spark`.)
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_LINE && charClass(text.charCodeAt(a - 1)) !== BREAK) a--;
  let b = end;
  while (b < text.length && b - end < MAX_LINE && charClass(text.charCodeAt(b)) !== BREAK) b++;
  if (a > 0 && charClass(text.charCodeAt(a - 1)) !== BREAK) return false;
  if (b < text.length && charClass(text.charCodeAt(b)) !== BREAK) return false;
  const before = text.slice(a, start).trim().replace(BULLET, '').trim();
  const after = text.slice(end, b).trim().replace(/^['’]s\b/, '');
  return before === '' && /^[,;.:]?$/.test(after);
}

const LIST_WORDS = new Set(['and', 'or', 'and/or', 'as', 'well', 'plus', 'nor', '&', 'e.g.', 'i.e.', 'etc', 'etc.']);
const MAX_GAP = 24;

/**
 * Does the text between two mentions only separate list items? `C/C++`, `Python, Go`,
 * `Spark or Flink`, `JavaScript (TypeScript)`, `TensorFlow, Pytorch, and Jax`. Plain spaces alone
 * do not make a list, and a list never crosses a line break.
 */
export function isListGap(text: string, a: number, b: number): boolean {
  if (b - a > MAX_GAP || b < a) return false;
  const gap = text.slice(a, b);
  for (let i = 0; i < gap.length; i++) if (charClass(gap.charCodeAt(i)) === BREAK) return false;
  const words = gap.split(/[\s,/|;()[\]{}、，；·•+]+/u).filter(Boolean);
  if (!words.every((w) => LIST_WORDS.has(w.toLowerCase()))) return false;
  return words.length > 0 || /[,/|;()[\]{}、，；·•+]/u.test(gap);
}
