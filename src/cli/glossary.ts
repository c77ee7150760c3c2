/**
 * Loads the glossary the CLI works with: the built-in one, with the user's `--glossary` files merged
 * over it in order. A broken file prints `file:line:col: message` lines and the valid rest is used.
 * The decoded sources are kept so worker threads (`--jobs`) can build the very same glossary.
 */
import path from 'node:path';
import {
  builtInEntries,
  builtInGlossary,
  compileGlossary,
  mergeGlossaries,
  parseGlossary,
  type CompiledGlossary,
  type GlossaryEntry,
} from '../core/index.ts';
import { decodePosting } from './decode.ts';
import { describeFsError } from './inputs.ts';
import type { CliIo } from './io.ts';

export interface GlossarySource {
  /** The path as given (used in error messages and entry sources). */
  source: string;
  text: string;
}

export interface LoadedGlossary {
  glossary: CompiledGlossary;
  sources: GlossarySource[];
  /** True when any file could not be read or had errors. */
  failed: boolean;
}

export async function loadGlossary(files: readonly string[], io: CliIo): Promise<LoadedGlossary> {
  let failed = false;
  const sources: GlossarySource[] = [];
  const user: GlossaryEntry[][] = [];
  for (const file of files) {
    const bytes = await io.fs.readFile(path.resolve(io.cwd, file)).catch((err: NodeJS.ErrnoException) => err);
    if (bytes instanceof Error) {
      await io.stderr.write(`posting-lens: glossary ${file}: ${describeFsError(bytes)}\n`);
      failed = true;
      continue;
    }
    const decoded = decodePosting(bytes);
    if (!decoded.ok) {
      await io.stderr.write(`posting-lens: glossary ${file}: ${decoded.reason}\n`);
      failed = true;
      continue;
    }
    const parsed = parseGlossary(decoded.text, file);
    for (const e of parsed.errors) {
      await io.stderr.write(`${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}\n`);
      failed = true;
    }
    sources.push({ source: file, text: decoded.text });
    user.push(parsed.entries);
  }
  const glossary = user.length ? compileGlossary(mergeGlossaries(builtInEntries(), ...user)) : builtInGlossary();
  return { glossary, sources, failed };
}

/** The built-in glossary with these sources merged over it (errors were reported by `loadGlossary`). */
export function buildGlossary(sources: readonly GlossarySource[]): CompiledGlossary {
  if (!sources.length) return builtInGlossary();
  return compileGlossary(mergeGlossaries(builtInEntries(), ...sources.map((s) => parseGlossary(s.text, s.source).entries)));
}
