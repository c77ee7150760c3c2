import * as chars from './chars.ts';

// Bound once: calls through an import binding cost a property read each (and a getter under tsx).
const { isDigitAt, isLowerAt, isUpperAt, isWordAt } = chars;

/**
 * Word boundaries around a key occurrence in the original text.
 *
 * A name is whole when it does not continue a longer word (`Java` in `JavaScript`, `Go` in `Google`,
 * `Ray` in `array`) and is not glued into a compound by `.`, `&`, `+` or `#` (`Node.js`, `R&D`,
 * `C++`, `C#`). `/`, `,`, brackets and hyphens separate (`C/C++/CUDA`, `programming(CUDA)`,
 * `Spark-based`). A few scraping artefacts are tolerated: a sentence run into the next one
 * (`frameworks.Kubernetes`) and an acronym run into a capitalised word (`TFXCandidates`).
 */

/** Is a capitalised word starting at `i` ("The", "Candidates")? */
const capitalisedAt = (text: string, i: number): boolean => isUpperAt(text, i) && isLowerAt(text, i + 1);

/** May a name start at `start`? */
export function leftBoundary(text: string, start: number): boolean {
  if (start === 0) return true;
  if (isWordAt(text, start - 1)) return false;
  if (!isWordAt(text, start)) return true;
  const p = text.charCodeAt(start - 1);
  if (!isWordAt(text, start - 2)) return true;
  if (p === 0x2e /* . */) return capitalisedAt(text, start);
  if (p === 0x26 /* & */) return false;
  return true;
}

/**
 * Where a name that ends at `end` really ends: `end` itself, a little further for an acronym plural
 * (`LLMs`), or -1 when the name continues into a longer word.
 */
export function rightBoundary(text: string, start: number, end: number): number {
  if (end >= text.length) return end;
  const n = text.charCodeAt(end);
  const lastIsWord = isWordAt(text, end - 1);
  if (!lastIsWord) {
    // "C++", "C#", ".NET"-like names ending in a symbol: only another of the same symbols extends them.
    return n === 0x2b || n === 0x23 ? -1 : end;
  }
  if (isWordAt(text, end)) return wordContinuation(text, start, end);
  switch (n) {
    case 0x2b: // +  "C++" is not "C"; "Java+Spring" separates
      return isWordAt(text, end + 1) ? end : -1;
    case 0x23: // #  "C#", "F#"
      return -1;
    case 0x2e: // .  "Node.js", "ASP.NET" are one name; "Python.Experience" is two sentences
      return !isWordAt(text, end + 1) || capitalisedAt(text, end + 1) ? end : -1;
    case 0x26: // &  "R&D", "AT&T"
      return isWordAt(text, end + 1) ? -1 : end;
    default:
      return end;
  }
}

/** The name is followed by a word character: accept only the few safe continuations. */
function wordContinuation(text: string, start: number, end: number): number {
  const len = end - start;
  if (len >= 2 && isUpperAt(text, end - 1) && isAcronym(text, start, end)) {
    // "LLMs", "GPUs", "APIs": an acronym plural.
    if (text.charCodeAt(end) === 0x73 /* s */ && !isWordAt(text, end + 1)) {
      const after = rightBoundary(text, start, end + 1);
      if (after >= 0) return end + 1;
    }
    // "TFXCandidates": an acronym run into the next capitalised word by a scraper, when that word
    // starts a sentence or a heading ("MSBuild", "SQLDelight" are names of their own).
    if (capitalisedAt(text, end) && GLUED_WORDS.has(wordAt(text, end))) return end;
  }
  // "Python3", "Java8", "Vue3": a version number glued to a name of three or more letters.
  if (len >= 3 && !isDigitAt(text, end - 1) && isDigitAt(text, end)) {
    let j = end;
    while (isDigitAt(text, j)) j++;
    if (!isWordAt(text, j)) return end;
  }
  return -1;
}

/**
 * Words that start a sentence run into the word before it by a scraper ("…systems: TFXCandidates for
 * this position"); the section items split there too (`sections/items.ts`).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  'The This These That Those We Our You Your As In If At To For Candidates Applicants Please All Additionally Currently Join Together Successful Qualified Applications Employees Here Every Each Note'.split(' '),
);

/** Words a scraper runs an acronym into: sentence starters and the first words of headings. */
const GLUED_WORDS = new Set([
  ...SENTENCE_STARTERS,
  ...'With About What Who Why How Responsibilities Requirements Qualifications Minimum Preferred Basic Benefits Perks Skills Experience Education Job Key Nice Bonus Must Required Location Salary Compensation Apply Strong Knowledge Familiarity Proficiency Hands Excellent Good Ability Understanding Bachelor Degree'.split(' '),
]);

/** The letters from `i` on (at most 20). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && (isUpperAt(text, j) || isLowerAt(text, j))) j++;
  return text.slice(i, j);
}

/** Only upper-case letters and digits, at least two letters. */
function isAcronym(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    if (isUpperAt(text, i)) letters++;
    else if (!isDigitAt(text, i)) return false;
  }
  return letters >= 2;
}

const MAX_TOKEN = 120;
const ADDRESS = /:\/\/|^(?:www\.|mailto:)|^[^@\s]+@[^@\s]+\.[a-z]{2,}/i;

/**
 * Is `[start, end)` part of a web address or an e-mail address (`https://www.getdbt.com`,
 * `jobs@python.org`)? Those name hosts, not skills. Looks at the whitespace-delimited token around
 * the name, at most MAX_TOKEN characters each way.
 */
export function insideAddress(text: string, start: number, end: number): boolean {
  // Only a name touching URL punctuation can be inside an address: a cheap test first.
  const touches = (i: number) => i >= 0 && i < text.length && ADDRESS_PUNCTUATION.includes(text[i]!);
  if (!touches(start - 1) && !touches(end)) return false;
  let a = start;
  while (a > 0 && start - a < MAX_TOKEN && !TOKEN_END.includes(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < MAX_TOKEN && !TOKEN_END.includes(text[b]!)) b++;
  return ADDRESS.test(text.slice(a, b));
}

const ADDRESS_PUNCTUATION = '/:.@?=&#%~';
const TOKEN_END = ' \t\n\r\u00a0<>()[]{}"\'`,;';
