/** Character tests the section parsers run for every character, on one-character strings. */
import { isLowerAt, isUpperAt } from '../glossary/chars.ts';

/** An upper-case letter (ASCII by its code); `isUpperAt` tests a position in a string. */
export const isUpper = (ch: string | undefined): boolean => !!ch && isUpperAt(ch, 0);
/** A lower-case letter (ASCII by its code); `isLowerAt` tests a position in a string. */
export const isLower = (ch: string | undefined): boolean => !!ch && isLowerAt(ch, 0);

/** Written in capitals: at least `minLetters` letters, none of them lower case, some with case ("QUALIFICATIONS", "7. GENERAL"). */
export function isCapitals(s: string, minLetters: number): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
