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

/** A glossary file read once: its source, its entries, and whether it had problems (already reported). */
interface ReadGlossary {
  source: GlossarySource | null;
  entries: GlossaryEntry[];
  failed: boolean;
}

/** Glossary files already read, by absolute path: shared by the calls of one run. */
export type GlossaryReads = Map<string, Promise<ReadGlossary>>;

async function readGlossary(file: string, io: CliIo): Promise<ReadGlossary> {
  const bytes = await io.fs.readFile(path.resolve(io.cwd, file)).catch((err: NodeJS.ErrnoException) => err);
  if (bytes instanceof Error) {
    await io.stderr.write(`posting-lens: glossary ${file}: ${describeFsError(bytes)}\n`);
    return { source: null, entries: [], failed: true };
  }
  const decoded = decodePosting(bytes);
  if (!decoded.ok) {
    await io.stderr.write(`posting-lens: glossary ${file}: ${decoded.reason}\n`);
    return { source: null, entries: [], failed: true };
  }
  const parsed = parseGlossary(decoded.text, file);
  for (const e of parsed.errors) await io.stderr.write(`${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}\n`);
  return { source: { source: file, text: decoded.text }, entries: parsed.entries, failed: parsed.errors.length > 0 };
}

/**
 * Reads and checks glossary files without compiling them (the threads that analyse compile their
 * own). With `reads`, a file named by several configurations is read, and its problems reported, once.
 */
export async function readGlossaries(files: readonly string[], io: CliIo, reads: GlossaryReads = new Map()): Promise<{ sources: GlossarySource[]; entries: GlossaryEntry[][]; failed: boolean }> {
  const sources: GlossarySource[] = [];
  const entries: GlossaryEntry[][] = [];
  let failed = false;
  for (const file of files) {
    const key = path.resolve(io.cwd, file);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = readGlossary(file, io)));
    const r = await read;
    failed ||= r.failed;
    if (!r.source) continue;
    sources.push(r.source);
    entries.push(r.entries);
  }
  return { sources, entries, failed };
}

export async function loadGlossary(files: readonly string[], io: CliIo): Promise<LoadedGlossary> {
  const { sources, entries, failed } = await readGlossaries(files, io);
  const glossary = entries.length ? compileGlossary(mergeGlossaries(builtInEntries(), ...entries)) : builtInGlossary();
  return { glossary, sources, failed };
}

/** The built-in glossary with these sources merged over it (errors were reported by `loadGlossary`). */
export function buildGlossary(sources: readonly GlossarySource[]): CompiledGlossary {
  if (!sources.length) return builtInGlossary();
  return compileGlossary(mergeGlossaries(builtInEntries(), ...sources.map((s) => parseGlossary(s.text, s.source).entries)));
}
