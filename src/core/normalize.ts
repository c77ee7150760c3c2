/**
 * Text clean-up that never moves offsets.
 *
 * Postings arrive with BOMs, CRLF or lone CR line ends, NBSPs, zero-width characters, tabs, every
 * kind of bullet and the mojibake of scraped pages (`â€¢` for `•`, `路` for `·`). The section
 * parser works on the ORIGINAL text through a same-length "scan copy" (`toScanText`), so every
 * offset it reports points into the original. Display text (`toDisplayText`) may change length.
 */

import type { Span } from './types.ts';

/** Characters that read as a space: NBSP, the Unicode spaces, tab, vertical tab, form feed. */
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width and invisible characters (incl. BOM and soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * A copy of `text` of the SAME length in which every space-like or invisible character is a plain
 * space, a `路` used as a separator is `·`, and line ends are untouched. Index i of the copy is
 * index i of the original.
 */
export function toScanText(text: string): string {
  let out = text.replace(SPACE_LIKE, ' ').replace(INVISIBLE, ' ');
  if (out.includes('路')) out = out.replace(/路/g, (m, i: number) => (isSeparatorAt(out, i) ? '·' : m));
  return out;
}

/** E-mail quote markers at line starts: "> ", ">> ", "> > ". */
const QUOTE_MARKERS = /^[ \t]*>(?:[ \t]*>)*[ \t]?/gm;
/** How many quoted lines make a text a forwarded e-mail rather than one line that starts with ">". */
const MIN_QUOTED_LINES = 3;

/**
 * The scan copy of a plain-text posting forwarded by e-mail, its quote markers ("> ") turned into
 * spaces (same length), so that the headings and lists inside the quote read as they were written.
 */
export function unquoteEmail(scan: string): string {
  if (!scan.includes('>')) return scan;
  const quoted = scan.match(QUOTE_MARKERS);
  if (!quoted || quoted.length < MIN_QUOTED_LINES) return scan;
  return scan.replace(QUOTE_MARKERS, (m) => ' '.repeat(m.length));
}

/** The block and inline tags of a page saved or pasted as HTML source ("<h2>", "<li class=…>", "</p>"). */
const HTML_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>"']|"[^"\n]*"|'[^'\n]*')*?\/?>|<!--[\s\S]*?-->/g;
const HTML_BLOCKS = /<\/?(?:h[1-6]|p|li|ul|ol|div|br|section|article|header|footer|aside|table|tr|td|th|dl|dt|dd)\b[^<>]*>/gi;
/** How many block tags make a text HTML source rather than prose that mentions a tag. */
const MIN_HTML_BLOCKS = 6;

/**
 * The scan copy of a plain-text posting that is HTML source (copied from a page's source or a
 * scraper's raw output), its tags turned into spaces (same length) and each `<li>` into a "-"
 * bullet, so that the headings, lists and paragraphs inside read as the page showed them. Entities
 * stay in the copy ("&rsquo;" keeps offsets exact); display text and heading keys decode them.
 */
export function untagHtml(scan: string): string {
  if (!scan.includes('</')) return scan;
  HTML_BLOCKS.lastIndex = 0;
  let blocks = 0;
  while (blocks < MIN_HTML_BLOCKS && HTML_BLOCKS.exec(scan)) blocks++;
  if (blocks < MIN_HTML_BLOCKS) return scan;
  return scan.replace(HTML_TAG, (m: string, close: string | undefined, name: string | undefined) => {
    const blank = m.replace(/[^\r\n]/g, ' ');
    return !close && name?.toLowerCase() === 'li' ? '-' + blank.slice(1) : blank;
  });
}

/** Decodes the common HTML entities of scraped pages ("&rsquo;" → "’", "&amp;" → "&"). */
export function decodeEntities(s: string): string {
  return s.includes('&') ? s.replace(/&(#39|#x27|[a-z]{2,6});/g, (m, name: string) => ENTITIES[name] ?? m) : s;
}

/** Lines of `text` as spans without their line break (`\r\n`, `\n` or lone `\r`). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * The paragraphs of a text: runs of lines between blank lines (lines of nothing but ASCII spaces,
 * tabs and form feeds), each from the start of its first line to the end of its last, line break
 * excluded. A text without any non-blank line has none. Whatever lies outside them is ASCII blank.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let lineStart = 0;
  let lineBlank = true;
  let lastEnd = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (lineBlank) {
        if (start >= 0) out.push({ start, end: lastEnd });
        start = -1;
      } else {
        if (start < 0) start = lineStart;
        lastEnd = i;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
      lineBlank = true;
    } else if (lineBlank && c !== 32 && c !== 9 && c !== 11 && c !== 12) lineBlank = false;
  }
  if (start >= 0) out.push({ start, end: lastEnd });
  return out;
}

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0xfeff || (c >= 0x2000 && c <= 0x200d) || c === 0x3000 || c === 0x202f || c === 0x2060;

/** `[start, end)` narrowed past leading and trailing whitespace (of any kind). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function isBlank(text: string, start = 0, end = text.length): boolean {
  const t = trimSpan(text, start, end);
  return t.start === t.end;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'", ndash: '–', mdash: '—', bull: '•', middot: '·', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** What toDisplayText may change besides trimming: mojibake, entities, invisibles, whitespace other than single spaces. */
const DISPLAY_WORK = /[\u00C2-\u00F4&路\u200B-\u200D\u2060\uFEFF\u00AD]|[\s\u00A0]{2}|[^\S ]/;

/**
 * Display text: mojibake repaired, the common HTML entities of scraped pages decoded, invisible
 * characters dropped, whitespace collapsed, trimmed.
 */
export function toDisplayText(s: string): string {
  // Most item text is already clean: one test instead of two replacements.
  if (!DISPLAY_WORK.test(s)) return s.trim();
  let out = repairMojibake(s);
  out = decodeEntities(out);
  return out.replace(INVISIBLE, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Mojibake

/** Windows-1252 characters for bytes 0x80–0x9F (UTF-8 bytes read as cp1252). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map<string, number>([...CP1252].map((ch, i) => [ch, 0x80 + i]));

const byteOf = (ch: string): number => {
  const c = ch.charCodeAt(0);
  if (c >= 0x80 && c <= 0xff) return c;
  return CP1252_BYTE.get(ch) ?? -1;
};

const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g');

const isCjk = (c: number): boolean => (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);

/** True when the `路` at i separates non-CJK words (so it is a garbled `·`). */
function isSeparatorAt(s: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && isSpaceCode(s.charCodeAt(a))) a--;
  let b = i + 1;
  while (b < s.length && isSpaceCode(s.charCodeAt(b))) b++;
  const before = a >= 0 ? s.charCodeAt(a) : 32;
  const after = b < s.length ? s.charCodeAt(b) : 32;
  return !isCjk(before) && !isCjk(after) && (a < i - 1 || b > i + 1 || a < 0 || b >= s.length);
}

/** Decodes one UTF-8 sequence written as cp1252/Latin-1 characters, or null when it is not one. */
function decodeSequence(seq: string): { text: string; used: number } | null {
  const lead = seq.charCodeAt(0);
  const need = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (seq.length < need) return null;
  let cp = lead & (need === 2 ? 0x1f : need === 3 ? 0x0f : 0x07);
  for (let k = 1; k < need; k++) {
    const b = byteOf(seq[k]!);
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = need === 2 ? 0x80 : need === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { text: String.fromCodePoint(cp), used: need };
}

/**
 * Repairs the mojibake of scraped postings for display: UTF-8 read as Windows-1252/Latin-1
 * (`â€¢` → `•`, `â€™` → `’`, `Ã©` → `é`, `Â·` → `·`) and `路` standing for `·` between non-CJK
 * words. Text without mojibake comes back unchanged (the same string).
 */
export function repairMojibake(s: string): string {
  let out = s;
  if (/[\u00C2-\u00F4]/.test(out)) {
    out = out.replace(MOJIBAKE, (m) => {
      const d = decodeSequence(m);
      return d ? d.text + m.slice(d.used) : m;
    });
  }
  if (out.includes('路')) out = out.replace(/路/g, (m, i: number) => (isSeparatorAt(out, i) ? '·' : m));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bullets

/** Bullet characters that may touch the text ("•Python"). */
const TIGHT_BULLETS = '•·・▪▫◦‣●○■□◆◇►▸▹▶➢➤➔→✓✔✅☑★☆❖⁃∙';
/** Mojibake spellings of bullets and dashes. */
const MOJIBAKE_BULLETS = ['â€¢', 'â€£', 'â€“', 'â€”', 'â–ª', 'â—¦', 'â—', 'Â·', 'âˆ™', 'ï‚§', 'ï‚·'];
const EMOJI_BULLETS = ['🔹', '🔸', '👉', '✨', '💡', '📌', '🚀', '✅', '🟢', '🔵', '▪️', '➡️'];

const ROMAN = /^\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]/;

/**
 * Recognises a list marker at the start of `line` (after indentation): `-`, `*`, `+`, `•`, `·`,
 * `▪`, `–`, `—`, `‣`, `◦`, `o `, `1.`, `1)`, `(1)`, `(a)`, `a.`, `a)`, `(iv)`, their mojibake
 * (`â€¢`, `Â·`) and `路`. `contentStart` is where the item's text begins in `line`.
 */
export function detectBullet(line: string): { marker: string; contentStart: number } | null {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  if (i >= line.length) return null;
  // Fast exit: most lines start with a letter that no marker starts with.
  const first = line.charCodeAt(i);
  if (((first >= 65 && first <= 90) || (first >= 98 && first <= 122 && first !== 105 && first !== 111 && first !== 118 && first !== 120)) && !/^[a-zA-Z][.)]/.test(line.slice(i, i + 2))) return null;
  const rest = line.slice(i, i + 12);
  const done = (marker: string, needSpace: boolean) => {
    let j = i + marker.length;
    const spaced = j < line.length && isSpaceCode(line.charCodeAt(j));
    if (needSpace && !spaced) return null;
    while (j < line.length && isSpaceCode(line.charCodeAt(j))) j++;
    if (j >= line.length) return null;
    return { marker, contentStart: j };
  };
  for (const m of MOJIBAKE_BULLETS) if (rest.startsWith(m)) return done(m, false);
  for (const m of EMOJI_BULLETS) if (rest.startsWith(m)) return done(m, false);
  const c = rest[0]!;
  if (TIGHT_BULLETS.includes(c)) return done(c, false);
  if (c === '路') return done(c, true);
  if (c === '–' || c === '—') return done(c, true);
  if (c === '*' || c === '+') return rest[1] === c ? null : done(c, true);
  if (c === '-') {
    // "- item" and "-Item" are bullets; "--", "-5%" and "---" are not.
    const n = rest[1] ?? '';
    if (n === ' ' || n === '\t' || n === '\u00a0') return done(c, true);
    return /\p{L}/u.test(n) ? done(c, false) : null;
  }
  if (c === 'o' && (rest[1] === ' ' || rest[1] === '\t') && /\S/.test(rest.slice(2))) return done('o', true);
  let m = /^\d{1,3}[.)](?!\d)/.exec(rest);
  if (m) {
    const r = done(m[0], false);
    // "1.Design" is a list item; "1.5 years" and "2025." are not.
    return r && (isSpaceCode(line.charCodeAt(i + m[0].length)) || /\p{Lu}/u.test(line[r.contentStart] ?? '')) ? r : null;
  }
  m = /^\((?:\d{1,3}|[a-zA-Z]|i{1,3}|iv|vi{0,3}|ix|x)\)/.exec(rest);
  if (m) return done(m[0], false);
  m = ROMAN.exec(rest);
  if (m) return done(m[0], true);
  m = /^[a-z][.)]/.exec(rest);
  if (m) return done(m[0], true);
  m = /^[A-Z]\)/.exec(rest);
  if (m) return done(m[0], true);
  return null;
}
