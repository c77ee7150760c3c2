/**
 * Loads the glossary the CLI works with: the built-in one, with the user's `--glossary` files merged
 * over it in order. A broken file prints `file:line:col: message` lines and the valid rest is used.
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

export interface LoadedGlossary {
  glossary: CompiledGlossary;
  /** True when any file could not be read or had errors. */
  failed: boolean;
}

export async function loadGlossary(files: readonly string[], io: CliIo): Promise<LoadedGlossary> {
  if (!files.length) return { glossary: builtInGlossary(), failed: false };
  let failed = false;
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
    user.push(parsed.entries);
  }
  return { glossary: compileGlossary(mergeGlossaries(builtInEntries(), ...user)), failed };
}
