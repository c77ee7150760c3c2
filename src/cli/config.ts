/**
 * `.postinglens.yaml` for `check` and `stats`: found by walking up from the inputs (then from the
 * working directory), or named with `--config`. Parsed by the core's `parseConfig`, as the editor
 * does; glossary paths and `ignore` globs are relative to the file's folder.
 */
import path from 'node:path';
import { DEFAULT_IGNORE, createIgnoreMatcher } from '../core/review/index.ts';
import { CONFIG_FILE, RULE_METAS, defaultConfig, parseConfig, type LintConfig, type RuleMeta } from '../core/rules/index.ts';
import { UsageError } from './args.ts';
import { decodePosting } from './decode.ts';
import { describeFsError } from './inputs.ts';
import type { CliFs, CliIo } from './io.ts';

export interface ReviewConfig {
  config: LintConfig;
  /** Absolute path of the configuration file, or null when none was found (defaults apply). */
  file: string | null;
  /** The folder `ignore` globs and glossary paths are relative to (the file's folder, else the cwd). */
  root: string;
  /** Glossary files of the configuration, absolute. */
  glossaries: string[];
  /** True for an absolute path that an `ignore` glob (or a default ignore) excludes. */
  isIgnored(absPath: string): boolean;
  /** True for an absolute path that the default ignores alone exclude (README, LICENSE, …). */
  isDefaultIgnored(absPath: string): boolean;
  /** `file:line:col: message` lines for problems in the file (the run stops with exit code 2). */
  errors: string[];
}

async function isFile(fs: CliFs, p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isFile(), () => false);
}

/** The nearest `.postinglens.yaml` in `dir` or a folder above it. */
export async function findConfigFile(dir: string, fs: CliFs): Promise<string | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_FILE);
    if (await isFile(fs, candidate)) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

/** The folder to start the search from for one positional argument (globs: their fixed base). */
async function startDir(arg: string, io: CliIo): Promise<string> {
  const base = arg.split(/[*?[{]/)[0]!;
  const abs = path.resolve(io.cwd, base || '.');
  const isDir = await io.fs.stat(abs).then((s) => s.isDirectory(), () => false);
  return isDir ? abs : path.dirname(abs);
}

export async function loadReviewConfig(io: CliIo, explicit: string | undefined, args: readonly string[]): Promise<ReviewConfig> {
  let file: string | null = null;
  if (explicit !== undefined) {
    file = path.resolve(io.cwd, explicit);
  } else {
    const dirs = [...(await Promise.all(args.filter((a) => a !== '-').map((a) => startDir(a, io)))), io.cwd];
    for (const d of dirs) if ((file = await findConfigFile(d, io.fs))) break;
  }
  const metas = RULE_METAS as RuleMeta[];
  if (!file) return { config: defaultConfig(metas), file: null, root: io.cwd, glossaries: [], isIgnored: ignoring(io.cwd, []), isDefaultIgnored: ignoring(io.cwd, []), errors: [] };

  const shown = path.relative(io.cwd, file) || file;
  const bytes = await io.fs.readFile(file).catch((err: NodeJS.ErrnoException) => err);
  if (bytes instanceof Error) throw new UsageError(`config ${explicit ?? shown}: ${describeFsError(bytes)}`);
  const decoded = decodePosting(bytes);
  if (!decoded.ok) throw new UsageError(`config ${explicit ?? shown}: ${decoded.reason}`);
  const { config, errors } = parseConfig(decoded.text, shown, metas);
  const root = path.dirname(file);
  return {
    config,
    file,
    root,
    glossaries: config.glossaries.map((g) => path.resolve(root, g)),
    isIgnored: ignoring(root, config.ignore),
    isDefaultIgnored: ignoring(root, []),
    errors: errors.map((e) => `${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}`),
  };
}

/** The default ignores, then the configuration's globs, for absolute paths below `root`. */
function ignoring(root: string, globs: readonly string[]): (abs: string) => boolean {
  const matches = createIgnoreMatcher([...DEFAULT_IGNORE, ...globs]);
  return (abs) => {
    const rel = path.relative(root, abs);
    return !rel.startsWith('..') && !path.isAbsolute(rel) && matches(rel.split(path.sep).join('/'));
  };
}
