/**
 * Character classes and case folding for the skill matcher, one UTF-16 code unit at a time.
 *
 * The matcher never builds a normalised copy of a posting: it folds code units on the fly, so every
 * offset it reports points into the original text. Tables are filled lazily (ASCII up front), so
 * nothing here costs more than the characters a text actually contains.
 */

/**
 * Part of a word: letters, digits, combining marks (CJK, kana and Hangul are not, see below; nor is
 * `_`, which in postings is Markdown emphasis far more often than part of an identifier).
 */
export const WORD = 1;
/** Horizontal whitespace, incl. NBSP and the thin/ideographic spaces, and true hyphens. */
export const SPACE = 2;
/** A line break: no name and no sentence runs across it. */
export const BREAK = 3;
/** Invisible: soft hyphen, zero-width (non-)joiner. Dropped from the folded stream. */
export const SKIP = 4;
/** Anything else: punctuation, symbols, emoji halves, ideographs. */
export const OTHER = 5;

/**
 * Lazily filled tables (0 = not computed yet). Hot loops read them directly and call `charClass` /
 * `foldCode` only on a miss: a function call per character is what makes a matcher slow.
 */
export const CLASS_TABLE = new Uint8Array(0x10000);
export const FOLD_TABLE = new Uint16Array(0x10000);
const classes = CLASS_TABLE;
const folds = FOLD_TABLE;

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;
/**
 * Han, kana and Hangul are written without spaces, so an embedded Latin name ("熟悉Python和Java",
 * "Python을") must still be found: these scripts count as separators, not as word characters.
 */
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

function classify(c: number): number {
  switch (c) {
    case 0x0a: // \n
    case 0x0b: // \v
    case 0x0c: // \f
    case 0x0d: // \r
    case 0x85: // NEL
    case 0x2028:
    case 0x2029:
      return BREAK;
    case 0x09:
    case 0x20:
    case 0xa0: // NBSP
    case 0x1680:
    case 0x200b: // zero-width space: separates words in scraped text
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
    case 0x2d: // -  (hyphen and space are the same to the matcher: "real-time" = "real time")
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
      return SPACE;
    case 0xad: // soft hyphen
    case 0x200c:
    case 0x200d:
      return SKIP;
  }
  if (c >= 0x2000 && c <= 0x200a) return SPACE;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  const s = String.fromCharCode(c);
  if (!WORD_RE.test(s) || UNSPACED_RE.test(s)) return OTHER;
  return WORD;
}

function fold(c: number): number {
  switch (c) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x2032: // ′
      return 0x27; // '
    case 0x201c: // “
    case 0x201d: // ”
      return 0x22; // "
    case 0xff0b: // ＋
      return 0x2b;
    case 0xff03: // ＃
      return 0x23;
  }
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

for (let c = 0; c < 0x80; c++) {
  classes[c] = classify(c);
  folds[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** The class (WORD, SPACE, BREAK, SKIP, OTHER) of one UTF-16 code unit. */
export function charClass(c: number): number {
  return classes[c] || (classes[c] = classify(c));
}

/** Simple case folding of one code unit (plus curly quotes to straight ones). */
export function foldCode(c: number): number {
  if (c < 0x80) return folds[c]!;
  let f = folds[c]!;
  if (f === 0) f = folds[c] = fold(c);
  return f;
}

export const isWordAt = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (classes[c] || (classes[c] = classify(c))) === WORD;
};

export const isUpperAt = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false;
  // ASCII by its code: the case mappings below allocate, and these run per character.
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

export const isLowerAt = (text: string, i: number): boolean => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

export const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};

/** Curly apostrophes read as straight ones, whatever the case rule. */
const straightQuote = (c: number): number => (c === 0x2019 || c === 0x2018 ? 0x27 : c);

/**
 * Does `text[start, end)`, normalised like `normalizeKey(…, true)`, equal `exact`? (Case-sensitive
 * comparison without building a string.)
 */
export function matchesExact(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  let space = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const cls = classes[c] || (classes[c] = classify(c));
    if (cls === SKIP) continue;
    if (cls === SPACE || cls === BREAK) {
      if (space) continue;
      space = true;
      if (exact.charCodeAt(k++) !== 0x20) return false;
      continue;
    }
    space = false;
    if (exact.charCodeAt(k++) !== straightQuote(c)) return false;
  }
  return k === exact.length;
}

/**
 * The key under which a spelling is indexed: whitespace runs and hyphens become one space, ends
 * trimmed, invisible characters dropped, and (unless `keepCase`) case folded. Text scanned by the
 * matcher goes through the same steps, so a key matches exactly the spellings it should.
 */
export function normalizeKey(text: string, keepCase = false): string {
  let out = '';
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === SKIP) continue;
    if (k === SPACE || k === BREAK) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    out += String.fromCharCode(keepCase ? straightQuote(c) : foldCode(c));
    space = false;
  }
  return space && out.endsWith(' ') ? out.slice(0, -1) : out;
}
