import * as chars from './chars.ts';

// Bound once: calls through an import binding cost a property read each (and a getter under tsx).
const { BREAK, CLASS_TABLE, SPACE, charClass, isLowerAt, isUpperAt } = chars;

/**
 * The surroundings that decide an ambiguous name: its sentence (for the entry's context words),
 * whether it stands alone on a line or bullet, and whether it sits in a list of other skills.
 */

const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x3002, 0xff01, 0xff1f, 0xff1b]); // . ! ? ; 。！？；

/** Longer stretches without punctuation (scraped blobs) are cut at a space after this many units. */
const MAX_SENTENCE = 300;

/**
 * Offsets where sentences end inside `text[from, to)`, ascending: line breaks, and `.`/`!`/`?`/`;`
 * followed by a space, a line end, a dash, or a capitalised word run on by a scraper
 * (`skills.- Familiar`, `Join us.The mission`). A stretch longer than MAX_SENTENCE is cut at a space,
 * so context words never reach across a whole unpunctuated page.
 */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  const classes = CLASS_TABLE;
  const [space, break_] = [SPACE, BREAK];
  let last = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = classes[c] || charClass(c);
    if (k === break_) ends.push((last = i));
    else if (k === space) {
      if (i - last > MAX_SENTENCE) ends.push((last = i));
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || (c > 0x7f && TERMINATORS.has(c))) {
      const n = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      const nk = charClass(n);
      if (nk === space || nk === break_ || c > 0x7f || (isUpperAt(text, i + 1) && isLowerAt(text, i + 2))) ends.push((last = i + 1));
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

/** Bullet markers, including the mojibake of `•` and `·` (`â€¢`, `Â·`, `路`). */
const BULLET = /^(?:[-*•·‣◦▪▫●○■□►▸▹➢➤✓✔☐✗–—+>]|â€¢|Â·|路|\d{1,3}[.)]|\(?[a-zA-Z0-9]{1,3}\)|[a-zA-Z][.)])$/u;
const MAX_BULLET = 5;
/** Markdown emphasis and code marks around a name: `**Go**`, `_R_`, `` `Rust` ``. */
const isMark = (c: string | undefined): boolean => c === '*' || c === '_' || c === '`';

/**
 * Is the mention `[start, end)` all there is on its line, apart from a bullet marker, Markdown
 * emphasis and a trailing `,` `;` `.` or `:`? (`• Go`, a line `C` in a list of skills, `2. Spark`,
 * `- **Ray**`.) Looks at a few characters only, whatever the length of the line.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && a > start - 4 && isMark(text[a])) a--;
  while (a >= 0 && classAt(text, a) === SPACE) a--;
  if (!isBreakAt(text, a)) {
    let b = a;
    while (b >= 0 && a - b < MAX_BULLET && classAt(text, b) !== SPACE && !isBreakAt(text, b)) b--;
    if (!BULLET.test(text.slice(b + 1, a + 1))) return false;
    while (b >= 0 && classAt(text, b) === SPACE) b--;
    if (!isBreakAt(text, b)) return false;
  }
  let z = end;
  if ((text[z] === "'" || text[z] === '’') && text[z + 1] === 's') z += 2;
  while (z < end + 3 && isMark(text[z])) z++;
  if (text[z] === ',' || text[z] === ';' || text[z] === '.' || text[z] === ':') z++;
  while (z < text.length && classAt(text, z) === SPACE) z++;
  return isBreakAt(text, z);
}

const LABEL = /^(?:[\p{L}\p{N} /&+-]{0,30}\s)?(?:skills?|stack|languages?|technolog(?:y|ies)|tools?|tooling|frameworks?|platforms?|databases?|tech|keywords)\s*$/iu;
const MAX_LABEL = 48;

/**
 * Does the mention follow a skills label on its own line — `Skills: Go`, `Tech stack: Rust, …`,
 * `Programming languages: R`? Such a line is a list even when it holds one name.
 */
export function afterSkillLabel(text: string, start: number): boolean {
  let a = start - 1;
  while (a >= 0 && a > start - 4 && isMark(text[a])) a--;
  while (a >= 0 && classAt(text, a) === SPACE) a--;
  if (text[a] !== ':' && text[a] !== '：') return false;
  let b = a - 1;
  while (b >= 0 && a - b <= MAX_LABEL && !isBreakAt(text, b)) b--;
  if (!isBreakAt(text, b)) return false;
  const label = text.slice(b + 1, a).replace(/[*_`]/g, '').trim();
  return LABEL.test(label.replace(BULLET_PREFIX, ''));
}

const BULLET_PREFIX = /^(?:[-*•·‣◦▪●■►▸–—+>]|â€¢|路|\d{1,3}[.)])\s*/u;

function classAt(text: string, i: number): number {
  return charClass(text.charCodeAt(i));
}

/** Out of range counts as a line break. */
function isBreakAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || charClass(text.charCodeAt(i)) === BREAK;
}

const LIST_WORDS = new Set(['and', 'or', 'and/or', 'as', 'well', 'plus', 'nor', '&', 'e.g.', 'i.e.', 'etc', 'etc.']);
const MAX_GAP = 24;

/**
 * Does the text between two mentions only separate list items? `C/C++`, `Python, Go`,
 * `Spark or Flink`, `JavaScript (TypeScript)`, `TensorFlow, Pytorch, and Jax`, table columns.
 * A single space does not make a list, and a list never crosses a line break.
 */
export function isListGap(text: string, a: number, b: number): boolean {
  if (b - a > MAX_GAP || b < a) return false;
  const gap = text.slice(a, b);
  for (let i = 0; i < gap.length; i++) if (charClass(gap.charCodeAt(i)) === BREAK) return false;
  const words = gap.split(/[\s,/|;()[\]{}、，；·•+*_`]+|路/u).filter(Boolean);
  if (!words.every((w) => LIST_WORDS.has(w.toLowerCase()))) return false;
  // Tabs and wide runs of spaces are the columns of a pasted table.
  return words.length > 0 || /[,/|;()[\]{}、，；·•+\t]|路| {3}/u.test(gap);
}
