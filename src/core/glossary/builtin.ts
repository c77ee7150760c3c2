import type { GlossaryEntry } from '../types.ts';
import data from '../../generated/glossary.json';
import { compileGlossary, type CompiledGlossary } from './compile.ts';

/** The glossary shipped with Posting Lens (data/glossary/*.yaml, compiled by scripts/build-data.mjs). */
export function builtInEntries(): GlossaryEntry[] {
  return data as unknown as GlossaryEntry[];
}

let compiled: CompiledGlossary | undefined;

/** The built-in glossary, compiled on first use and cached. */
export function builtInGlossary(): CompiledGlossary {
  return (compiled ??= compileGlossary(builtInEntries()));
}
