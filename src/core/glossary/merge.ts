import type { GlossaryEntry } from '../types.ts';

/**
 * Combine the built-in glossary with user glossaries. An entry whose id already exists replaces the
 * earlier one in place (a user's definition wins over the built-in one, a later user file over an
 * earlier one); other entries are appended in order. The inputs are not modified.
 */
export function mergeGlossaries(builtIn: GlossaryEntry[], ...user: GlossaryEntry[][]): GlossaryEntry[] {
  const merged = new Map<string, GlossaryEntry>();
  for (const list of [builtIn, ...user]) {
    for (const entry of list) merged.set(entry.id, entry);
  }
  return [...merged.values()];
}
