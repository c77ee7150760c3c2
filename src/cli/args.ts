/**
 * A small, strict argument parser: long options (`--format json`, `--format=json`), short aliases
 * (`-f json`), repeatable options, `--no-<flag>` for negatable flags, `--` to end options and `-`
 * as a positional (stdin). Errors are {@link UsageError}s with one-line messages.
 */
import os from 'node:os';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** A string option that may be given more than once (values collected in order). */
  multiple?: boolean;
  /** A boolean that also accepts `--no-<name>`. */
  negatable?: boolean;
  /** Allowed values of a string option. */
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  /** string → string, multiple → string[], boolean → boolean; absent options are missing. */
  options: Record<string, string | string[] | boolean>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs, command: string): ParsedArgs {
  const options: ParsedArgs['options'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  const hint = `(see posting-lens ${command} --help)`;

  const set = (name: string, spec: OptionSpec, value: string | boolean): void => {
    if (typeof value === 'string' && spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`invalid value "${value}" for --${name}: expected ${spec.choices.join(', ')}`);
    }
    if (spec.multiple) {
      const list = (options[name] as string[] | undefined) ?? [];
      list.push(value as string);
      options[name] = list;
    } else {
      options[name] = value;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1, 2));
      if (!long) throw new UsageError(`unknown option ${arg} ${hint}`);
      name = long;
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    }
    let spec = specs[name];
    if (!spec && name.startsWith('no-') && specs[name.slice(3)]?.negatable) {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      set(name.slice(3), specs[name.slice(3)]!, false);
      continue;
    }
    if (!spec) throw new UsageError(`unknown option --${name} ${hint}`);
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      set(name, spec, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option --${name} needs a value`);
      value = next;
      i++;
    }
    spec = specs[name]!;
    set(name, spec, value);
  }
  return { options, positionals };
}

/** Parses "5MB", "500k", "1.5 MiB", "12345" into bytes. */
export function parseSize(text: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?\s*$/i.exec(text);
  if (!m) throw new UsageError(`invalid size "${text}" for --${option}: expected bytes or a number with k, MB or GB`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(m[1]) * unit);
  if (bytes <= 0) throw new UsageError(`invalid size "${text}" for --${option}: must be more than 0`);
  return bytes;
}

/** "5 MB", "512 KB", "900 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Postings larger than this are skipped unless `--max-size` says otherwise. */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/** `--jobs N|auto`: how many threads; `auto` (and `fallback` 'auto' when the option is absent) is one per CPU, at most 64. */
export function parseJobs(value: string | undefined, fallback: number | 'auto'): number {
  const v = value ?? fallback;
  if (v === 'auto') return Math.max(1, Math.min(64, os.availableParallelism()));
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`invalid value "${value}" for --jobs: expected a number from 1 to 64, or auto`);
  return n;
}

/** The first line of an error's message, for one-line reports. */
export function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.trim() || 'unknown error';
}
