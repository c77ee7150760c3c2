/**
 * Turns the positional arguments of `extract` into the list of postings to read:
 * files as given, directories walked for posting-like files, globs expanded, `-` for stdin.
 * Problems are collected as one-line messages; the other inputs still go through.
 */
import path from 'node:path';
import { globToRegExp, isGlob, splitGlob } from './glob.ts';
import type { CliFs } from './io.ts';

/** Extensions picked up when walking a directory. Files named explicitly or by a glob may have any. */
export const POSTING_EXTENSIONS = ['.txt', '.md', '.markdown', '.posting', '.jd'] as const;

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface InputRef {
  /** The id reported in the output: the path as given (or as found under a directory or glob). */
  id: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
}

export interface ExpandedInputs {
  inputs: InputRef[];
  errors: string[];
}

export async function expandInputs(args: readonly string[], cwd: string, fs: CliFs): Promise<ExpandedInputs> {
  const inputs: InputRef[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (id: string, abs: string | null): void => {
    const key = abs ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push({ id, path: abs });
  };

  for (const arg of args) {
    if (arg === '-') {
      add('-', null);
      continue;
    }
    const abs = path.resolve(cwd, arg);
    const stat = await fs.stat(abs).catch((err: NodeJS.ErrnoException) => err);
    if (stat instanceof Error) {
      if (stat.code === 'ENOENT' && isGlob(arg)) {
        const found = await expandGlob(arg, cwd, fs);
        if (!found.length) errors.push(`no files match ${arg}`);
        for (const f of found) add(f, path.resolve(cwd, f));
      } else {
        errors.push(`${arg}: ${describeFsError(stat)}`);
      }
    } else if (stat.isDirectory()) {
      const found = await walk(abs, fs, (name) => isPostingFile(name));
      if (!found.length) errors.push(`${arg}: no posting files in this directory (${POSTING_EXTENSIONS.join(' ')})`);
      for (const rel of found) add(joinId(arg, rel), path.join(abs, rel));
    } else {
      add(arg, abs);
    }
  }
  return { inputs, errors };
}

export function isPostingFile(name: string): boolean {
  const lower = name.toLowerCase();
  return POSTING_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A one-line reason for a file-system error ("no such file or directory", "permission denied"). */
export function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err.code ? `cannot read (${err.code})` : err.message.split('\n')[0]!;
  }
}

function joinId(arg: string, rel: string): string {
  if (arg === '.' || arg === './' || arg === '.\\') return rel;
  const sep = arg.includes('\\') && !arg.includes('/') ? '\\' : '/';
  return arg.replace(/[\\/]+$/, '') + sep + rel.split('/').join(sep);
}

/** Relative `/`-separated paths of the files under `dir` that `keep` accepts, sorted, hidden entries skipped. */
async function walk(dir: string, fs: CliFs, keep: (rel: string) => boolean, maxDepth = Infinity): Promise<string[]> {
  const out: string[] = [];
  const visit = async (abs: string, rel: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(abs).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      const childAbs = path.join(abs, e.name);
      let isFile = e.isFile();
      // Symbolic links to files are followed; links to directories are not (no cycles).
      if (e.isSymbolicLink()) isFile = await fs.stat(childAbs).then((s) => s.isFile(), () => false);
      if (isFile) {
        if (keep(childRel)) out.push(childRel);
      } else if (e.isDirectory() && depth < maxDepth) {
        await visit(childAbs, childRel, depth + 1);
      }
    }
  };
  await visit(dir, '', 1);
  return out;
}

async function expandGlob(pattern: string, cwd: string, fs: CliFs): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const re = globToRegExp(rest);
  const depth = rest.includes('**') ? Infinity : rest.split('/').length;
  const absBase = path.resolve(cwd, base);
  const found = await walk(absBase, fs, (rel) => re.test(rel), depth);
  const prefix = base === '.' && !pattern.startsWith('./') ? '' : base.replace(/\/+$/, '') + '/';
  return found.map((rel) => prefix + rel);
}
