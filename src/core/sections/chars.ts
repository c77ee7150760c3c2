/** Character tests the section parsers run for every character. */

// ASCII is decided by its code: the case mappings allocate, and these run for every character.
/** An upper-case letter (ASCII by its code). */
export const isUpper = (ch: string | undefined): boolean => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
/** A lower-case letter (ASCII by its code). */
export const isLower = (ch: string | undefined): boolean => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

/** `isUpper(s[i])` without making a one-character string for ASCII (false outside the string). */
export const upperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : c === c && isUpper(s[i]);
};
/** `isLower(s[i])` without making a one-character string for ASCII (false outside the string). */
export const lowerAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : c === c && isLower(s[i]);
};
