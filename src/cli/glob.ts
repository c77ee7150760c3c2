/**
 * Glob patterns, expanded by the CLI itself (no shell needed, same result on every platform):
 * `*`, `?`, `[abc]`, `[!abc]`, `{md,txt}` and `**` for any depth. Paths use `/`.
 */

export function isGlob(text: string): boolean {
  return /[*?[\]{}]/.test(text);
}

/** Splits a pattern into the directory to walk (no glob characters) and the pattern below it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  let i = 0;
  while (i < parts.length - 1 && !isGlob(parts[i]!)) i++;
  const baseParts = parts.slice(0, i);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  return { base, rest: parts.slice(i).join('/') };
}

export { globToRegExp } from '../core/glob.ts';
