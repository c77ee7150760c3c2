// Test helper (not a test): the sections of a text as the section tests compare them.
import { extractSections, type ExtractOptions } from '../../src/core/sections/index.ts';
import type { Section } from '../../src/core/types.ts';

/** Every section of a tree, depth first. */
export const flat = (list: readonly Section[]): Section[] => list.flatMap((s) => [s, ...flat(s.children)]);

/** The titled sections of a text, as [title, kind], depth first. */
export const titledKinds = (text: string, options: ExtractOptions = {}): string[][] =>
  flat(extractSections(text, options).sections)
    .filter((s) => s.title)
    .map((s) => [s.title, s.kind]);

/** The titled sections of a text read as plain text. */
export const titledText = (text: string): string[][] => titledKinds(text, { format: 'text' });
