/**
 * Words of other languages that a few finders look for: the experience words of the years patterns
 * (and the "年以上" / "이상" of Japanese, Chinese and Korean years)
 * in `requirements/experience-languages.ts`, and the preferred cues of the levels (`levels.ts`). Most postings are
 * in English and hold none of them, so one search of the text, remembered for the text being
 * analysed, lets those finders skip their patterns (a necessary condition only: the patterns decide).
 */
import { registeredWordsByParagraph, registerWord } from './ascii-words.ts';

/**
 * The experience words of the languages whose years `requirements/experience-languages.ts` reads, by
 * language, in lower case: every match of a language's years pattern holds one of its words. They
 * are that pattern's hint and, all together, SIGNALS' first group (the gate of all the patterns).
 */
export const EXPERIENCE_WORDS = {
  german: ['erfahrung', 'berufspraxis'],
  spanish: ['experiencia'],
  french: ['expérience'],
  dutch: ['ervaring'],
  portuguese: ['experiência', 'experiencia', 'atuação', 'vivência'],
  italian: ['esperienz'],
  polish: ['doświadcz'],
  swedish: ['erfarenhet'],
  indonesian: ['pengalaman'],
  turkish: ['deneyim', 'tecrübe'],
  vietnamese: ['kinh nghiệm'],
} as const satisfies Record<string, readonly string[]>;

const SIGNALS = new RegExp(
  `(${[...new Set(Object.values(EXPERIENCE_WORDS).flat())].join('|')})|(deseable|valorable|valorará|excluyente|preferentemente|preferiblemente|souhait|appréci|atout|idéalement|préférence|vorteil|wünschenswert|idealerweise|gradit|preferibil|costituisce|desejáve|diferencia|preferencialmente|mile widziane|atutem|meriterande|gärna|een pré|pluspunt)|(年以上|이상)`,
  'gi',
);

/**
 * A necessary condition for SIGNALS, checked in one pass: a case-insensitive regex without the `u`
 * flag matches an ASCII letter only with an ASCII letter, so a match of an all-ASCII alternative
 * needs that word in the ASCII-lower-cased text, and a match of any other alternative needs its
 * first non-ASCII character (in either case). Most postings have neither, and the regex, which
 * tries every position of the text, is then skipped.
 */
const ALTERNATIVES = SIGNALS.source.replace(/[()]/g, '').split('|');
const ASCII_ALTERNATIVES = ALTERNATIVES.filter((a) => /^[\x00-\x7f]+$/.test(a)).map(registerWord);
const OTHER_CHARACTERS = [
  ...new Set(
    ALTERNATIVES.flatMap((a) => {
      const c = [...a].find((ch) => ch.charCodeAt(0) >= 128);
      return c ? [c, c.toUpperCase(), c.toLowerCase()] : [];
    }),
  ),
].map(registerWord);

/** Can SIGNALS match in a text (or paragraph) with these registered words? */
const mayHaveSignals = (found: Uint8Array): boolean => ASCII_ALTERNATIVES.some((w) => found[w] === 1) || OTHER_CHARACTERS.some((c) => found[c] === 1);

export interface ForeignSignals {
  /** An experience word of German, Spanish, French, Dutch, Portuguese, Italian, Polish, Swedish, Indonesian, Turkish or Vietnamese. */
  experience: boolean;
  /** A preferred cue of one of those languages ("deseable", "von Vorteil", "meriterande" …). */
  preferredCues: boolean;
  /** "…年以上" or "…이상": years as Japanese, Chinese and Korean write them. */
  cjkYears: boolean;
}

let lastText: string | undefined;
let last: ForeignSignals = { experience: false, preferredCues: false, cjkYears: false };

export function foreignSignals(text: string): ForeignSignals {
  if (text === lastText) return last;
  const found: ForeignSignals = { experience: false, preferredCues: false, cjkYears: false };
  // No alternative holds a line break: only the paragraphs that may match are searched.
  const { whole, paragraphs, words } = registeredWordsByParagraph(text);
  const all = () => found.experience && found.preferredCues && found.cjkYears;
  const may = mayHaveSignals(whole);
  for (let p = 0; may && p < paragraphs.length && !all(); p++) {
    if (!mayHaveSignals(words[p]!)) continue;
    const paragraph = text.slice(paragraphs[p]!.start, paragraphs[p]!.end);
    SIGNALS.lastIndex = 0;
    for (let m = SIGNALS.exec(paragraph); m && !all(); m = SIGNALS.exec(paragraph)) {
      if (m[1]) found.experience = true;
      else if (m[2]) found.preferredCues = true;
      else found.cjkYears = true;
    }
  }
  lastText = text;
  last = found;
  return found;
}
