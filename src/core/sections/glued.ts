/**
 * Headings glued into running text, as scraped pages lose their line breaks:
 * `ResponsibilitiesAbout TikTok…`, `…at this time.Responsibilities:- Responsible for…`,
 * `QualificationsMinimum Qualifications- Bachelor's…`, `…and more.Why Join UsCreation is…`,
 * `…at ktJP6Data Security StatementThis role…`.
 *
 * A heading is an alias phrase that starts at the line start, after a sentence end, after another
 * glued heading or at a lower→upper case seam, and that ends at a case seam ("UsCreation"), a colon,
 * a dash glued to it ("Qualifications- ") or the end of the line. Linear: each start position is
 * first tested by its first word against the alias vocabulary, and a phrase is at most 70 chars.
 */
import type { SectionKind } from '../types.ts';
import { toDisplayText } from '../normalize.ts';
import { isDigitAt, isLowerAt, isUpperAt } from '../glossary/chars.ts';
import { ALIAS_FIRST_WORDS, directAlias, firstPartAlias, lookupAlias } from './vocabulary.ts';

export interface GluedHeading {
  start: number;
  end: number;
  /** Where the text after the heading begins (past a colon). */
  bodyStart: number;
  title: string;
  kind: SectionKind;
}

const MAX_HEADING = 70;
/** The text after "Label:" at the start of a paragraph that makes the label a section's heading. */
const MIN_PARAGRAPH_BODY = 40;

const skipSpaces = (scan: string, i: number, end: number): number => {
  let p = i;
  while (p < end && scan.charCodeAt(p) === 0x20) p++;
  return p;
};
/** - – — •: what may glue a heading to its first item ("Qualifications- Bachelor's…"). */
const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022;

/** A letter at `i` (ASCII by its code). */
const letterAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) : c === c && /\p{L}/u.test(s[i]!);
};

/** The first word at `s`, cut at a case seam ("QualificationsMinimum" → "qualifications"). */
function firstWord(scan: string, s: number, end: number): string {
  let p = s + 1;
  let quote = false;
  const limit = Math.min(end, s + 30);
  while (p < limit) {
    const c = scan.charCodeAt(p);
    if (c === 0x27 || c === 0x2019) quote = true;
    else if (!(c === 0x26 || (letterAt(scan, p) && !(isLowerAt(scan, p - 1) && isUpperAt(scan, p))))) break;
    p++;
  }
  const word = scan.slice(s, p).toLowerCase();
  return quote ? word.replace(/['’]/g, '') : word;
}

/** Does the text at `p` read as the start of a sentence ("TikTok is…", "Creation is…", "- ")? */
function sentenceFollows(scan: string, p: number, end: number): boolean {
  const rest = scan.slice(p, Math.min(end, p + 60));
  return /^[\p{Lu}\d][\p{L}\d'’&.-]*\s+[\p{Ll}]/u.test(rest) || /^\s*[-–•]/.test(rest);
}

/**
 * Can a glued heading start at i? `strong` at a line start, after a sentence end or a case seam;
 * `weak` after a plain space (flattened pages: "…with engineering Qualifications: • 5+ years").
 */
function startAt(scan: string, i: number, lineStart: number, afterHeading: number): 'strong' | 'weak' | null {
  if (!isUpperAt(scan, i)) return null;
  if (i === lineStart || i === afterHeading) return 'strong';
  const prev = scan.charCodeAt(i - 1);
  // . ! ? ; )
  if (prev === 0x2e || prev === 0x21 || prev === 0x3f || prev === 0x3b || prev === 0x29) return 'strong';
  if (prev === 0x20) {
    const before = i >= 2 ? scan.charCodeAt(i - 2) : -1;
    if ((before === -1 || before === 0x2e || before === 0x21 || before === 0x3f) && !isUpperAt(scan, i - 3)) return 'strong';
    return 'weak';
  }
  return isLowerAt(scan, i - 1) || isDigitAt(scan, i - 1) ? 'strong' : null;
}

/**
 * Which words stand alone in the text, found as they are asked about (one per document and
 * analysis). `asked` tells that a heading was judged by the rest of the text, not by its line alone.
 */
export interface AloneWords {
  readonly known: Map<string, boolean>;
  asked: boolean;
}

export const aloneWords = (): AloneWords => ({ known: new Map(), asked: false });

/** Does `word` stand alone (after a space or line start) somewhere in the text? */
function standsAlone(scan: string, word: string, cache: AloneWords): boolean {
  cache.asked = true;
  const known = cache.known.get(word);
  if (known !== undefined) return known;
  // `word` is letters, digits and `&` only, so it needs no escaping.
  const re = new RegExp(`(^|[\\s(“"])${word}(?=[\\s,.;:!?’'”")]|$)`, 'm');
  const alone = re.test(scan.length > 200_000 ? scan.slice(0, 200_000) : scan);
  cache.known.set(word, alone);
  return alone;
}

/**
 * Where a free "About …" heading ends inside camel-cased names: "About NovaPay|NovaPay is…" rather
 * than "About Nova|PayNovaPay is…". The seam whose right-hand word also stands alone in the text wins.
 */
function bestAboutSeam(scan: string, start: number, seams: number[], cache: AloneWords): number {
  for (const p of seams) {
    // "About NovaPay|NovaPay is…": the name repeated right after the heading.
    const word = /^[\p{L}\d&]+/u.exec(scan.slice(p, p + 40))?.[0];
    if (word && scan.slice(start, p).endsWith(' ' + word)) return p;
  }
  for (const p of seams) {
    const word = /^[\p{L}\d&]+/u.exec(scan.slice(p, p + 40))?.[0];
    if (word && standsAlone(scan, word, cache)) return p;
  }
  return seams[0]!;
}

/** The end of a glued heading starting at s, or null. */
function matchAt(scan: string, s: number, end: number, lineStart: number, camelStart: boolean, cache: AloneWords, setOff: boolean): GluedHeading | null {
  const limit = Math.min(end, s + MAX_HEADING);
  const aboutSeams: number[] = [];
  const finish = (p: number, kind: SectionKind): GluedHeading => ({ start: s, end: p, bodyStart: p, title: toDisplayText(scan.slice(s, p)), kind });
  for (let p = s + 2; p <= limit; p++) {
    const c = scan.charCodeAt(p);
    // "…retrospectives.What we're looking for3+ years…": a heading glued to a capital or a number.
    const seam = p < end && isLowerAt(scan, p - 1) && (isUpperAt(scan, p) || isDigitAt(scan, p));
    const colon = c === 0x3a;
    const dash = p < end && isDash(c) && letterAt(scan, p - 1) && (scan.charCodeAt(p + 1) === 0x20 || isUpperAt(scan, p + 1));
    const eol = p === end;
    if (!seam && !colon && !dash && !eol) continue;
    if (eol && s === lineStart) return null; // a whole line is the line detector's business
    // A heading starting at a case seam inside a word ("Open|Shift)") must end at a seam or colon.
    if (eol && camelStart) return null;
    const raw = scan.slice(s, p);
    if (raw.split(' ').length > 8) break;
    const direct = directAlias(raw);
    const kind = direct ?? lookupAlias(raw);
    if (!kind) {
      if (colon) break;
      continue;
    }
    if (!direct) {
      // "About TikTok U.S. Data Security|TikTok is…", "About Apnaghar:Apnaghar is…": a free "About …"
      // heading needs a sentence after it.
      if (/^about\s/i.test(raw)) {
        // "About the job About Us: …": two headings run together, not one name.
        if (/\sabout\s/i.test(raw)) break;
        // After a colon any text will do: the colon ends the heading ("About Southerly: Southerly Mutual is…").
      if (colon ? end - skipSpaces(scan, p + 1, end) >= MIN_PARAGRAPH_BODY : seam && sentenceFollows(scan, p, end)) aboutSeams.push(p);
        continue;
      }
      // "Perks & Benefits:- Health insurance": a heading of several parts, the first of them a heading
      // itself, ends at a colon or a glued dash.
      if ((!colon && !dash) || !firstPartAlias(raw)) continue;
    }
    let bodyStart = p;
    if (colon) {
      bodyStart = p + 1;
      // "Recruitment Process: Document Screening > …" at a line start is a label, not a heading; a
      // paragraph that opens with a section's name and goes on with its text ("Salary: The base
      // range is …", "Responsibilities include: designing …") starts that section. Labels that name
      // a detail ("Location: Remote", "Department: Data") stay labels.
      const after = scan.slice(bodyStart, Math.min(end, bodyStart + 4)).trimStart();
      if (s === lineStart && after !== '' && !isDash(after.charCodeAt(0)) && end - bodyStart < 200) {
        const paragraph = setOff && end - bodyStart >= MIN_PARAGRAPH_BODY && kind !== 'about' && kind !== 'team' && kind !== 'other';
        if (!paragraph) return null;
      }
    }
    return { ...finish(p, kind), bodyStart };
  }
  if (!aboutSeams.length) return null;
  const p = bestAboutSeam(scan, s, aboutSeams, cache);
  return { ...finish(p, lookupAlias(scan.slice(s, p))!), bodyStart: scan.charCodeAt(p) === 0x3a ? p + 1 : p };
}

/**
 * Glued headings inside the line `[start, end)` of the scan text, in order. `cache` (one per
 * document) remembers which words stand alone in the text. `setOff`: the line opens a paragraph
 * (after a blank line or at the start), where "Label: text" may start a section. Besides the line,
 * only the 12 characters after it are read (and the rest of the text when `cache.asked` is set).
 */
export function findGluedHeadings(scan: string, start: number, end: number, cache: AloneWords = aloneWords(), setOff = false): GluedHeading[] {
  const found: GluedHeading[] = [];
  const lineStart = skipSpaces(scan, start, end);
  let afterHeading = -1;
  // The next colon on the line: a heading after a plain space must end at one (see below).
  let colon = -1;
  for (let i = lineStart; i < end; i++) {
    const start = startAt(scan, i, lineStart, afterHeading);
    if (!start) continue;
    if (start === 'weak') {
      if (colon < i) {
        colon = i;
        while (colon < end && scan.charCodeAt(colon) !== 0x3a) colon++;
      }
      if (colon >= end || colon > i + MAX_HEADING) continue;
    }
    const word = firstWord(scan, i, end);
    if (!ALIAS_FIRST_WORDS.has(word) && word !== 'about') continue;
    const camelStart = i !== lineStart && i !== afterHeading && /[\p{Ll}\d]/u.test(scan[i - 1]!);
    const h = matchAt(scan, i, end, lineStart, camelStart, cache, setOff && i === lineStart);
    // After a plain space only "Label: •/- item" counts: a label that opens a run of bullets (the
    // window allows the blank line between them, CRLF included).
    if (!h || (start === 'weak' && !(scan[h.end] === ':' && /^\s*[•▪\-–]\s/.test(scan.slice(h.bodyStart, h.bodyStart + 12))))) continue;
    found.push(h);
    afterHeading = skipSpaces(scan, h.bodyStart, end);
    i = afterHeading - 1;
  }
  return found;
}
