/**
 * What `check` and `stats` share before any posting is read: the configuration, the glossary
 * (the configuration's files, then `--glossary`), the inputs (default: the current folder) minus the
 * `ignore`d ones, the thread count, and the setup every reviewer thread gets.
 */
import path from 'node:path';
import { DEFAULT_MAX_SIZE, UsageError, parseJobs, parseSize, type OptionSpecs } from './args.ts';
import { resolveConfig } from '../core/rules/resolve.ts';
import { ConfigResolver, type PostingConfig } from './config.ts';
import { readGlossaries, type GlossaryReads } from './glossary.ts';
import { expandInputs } from './inputs.ts';
import type { CliIo } from './io.ts';
import { readStdinPosting } from './read-posting.ts';
import type { ReviewSetup } from './review-file.ts';
import type { ReviewInput } from './workers.ts';

export interface PreparedReview {
  setup: ReviewSetup;
  inputs: ReviewInput[];
  /** The configuration of the working directory (for what is not per posting: SARIF rule levels). */
  primary: PostingConfig;
  jobs: number;
  /** True when something was already reported on stderr (the run ends with exit code 2). */
  failed: boolean;
  readStdin(): Promise<string | { error: string }>;
}

export interface ReviewOptions {
  config?: string;
  glossary?: string[];
  jobs?: string;
  maxSize?: string;
  inputFormat?: string;
  fix?: boolean;
  includeHints?: boolean;
}

/** The options `check` and `stats` both take (each adds its own). */
export const REVIEW_OPTIONS: OptionSpecs = {
  config: { type: 'string', short: 'c' },
  glossary: { type: 'string', short: 'g', multiple: true },
  jobs: { type: 'string', short: 'j' },
  'max-size': { type: 'string' },
  'input-format': { type: 'string', choices: ['auto', 'markdown', 'text'] },
  help: { type: 'boolean', short: 'h' },
};

/** The shared options as parsed (see REVIEW_OPTIONS), for `prepareReview`. */
export function reviewOptions(options: Record<string, unknown>): ReviewOptions {
  return {
    config: options.config as string | undefined,
    glossary: options.glossary as string[] | undefined,
    jobs: options.jobs as string | undefined,
    maxSize: options['max-size'] as string | undefined,
    inputFormat: options['input-format'] as string | undefined,
  };
}

const DEFAULTS_ONLY = resolveConfig(null);

/** Returns null after reporting a broken configuration (exit code 2). */
export async function prepareReview(mode: ReviewSetup['mode'], args: readonly string[], o: ReviewOptions, io: CliIo): Promise<PreparedReview | null> {
  const jobs = parseJobs(o.jobs, 'auto');
  const maxSize = o.maxSize ? parseSize(o.maxSize, 'max-size') : DEFAULT_MAX_SIZE;
  const resolver = new ConfigResolver(io, o.config);
  const primary = await resolver.forPosting(null);
  const expanded = await expandInputs(args.length ? args : ['.'], io.cwd, io.fs);
  const shown = (abs: string) => path.relative(io.cwd, abs) || '.';

  // Each posting gets the nearest configuration above it; each configuration is checked once.
  const configs: PostingConfig[] = [];
  const inputs: ReviewInput[] = [];
  const named = new Set(args);
  for (const input of expanded.inputs) {
    const config = await resolver.forPosting(input.path);
    if (input.path !== null && resolver.isIgnored(config, input.path)) {
      // A file named on the command line is still skipped (as the editor does), but not silently.
      if (named.has(input.id)) {
        const rel = path.relative(config.root, input.path).split(path.sep).join('/');
        const why = !config.file || DEFAULTS_ONLY.isIgnored(rel) ? 'not a posting (README, CHANGELOG, LICENSE, …)' : `an ignore glob of ${shown(config.file)}`;
        await io.stderr.write(`posting-lens: ${input.id}: skipped, ignored as ${why}\n`);
      }
      continue;
    }
    let index = configs.indexOf(config);
    if (index < 0) index = configs.push(config) - 1;
    inputs.push({ ...input, config: index });
  }
  const broken = (configs.length ? configs : [primary]).filter((c) => c.errors.length);
  if (broken.length) {
    for (const e of broken.flatMap((c) => c.errors)) await io.stderr.write(`${e}\n`);
    return null;
  }
  for (const e of expanded.errors) await io.stderr.write(`posting-lens: ${e}\n`);

  // Glossaries: the configuration's files, then --glossary; each file is read and reported once, and
  // compiled by the threads that analyse.
  const reads: GlossaryReads = new Map();
  let failed = expanded.errors.length > 0;
  const setupConfigs: ReviewSetup['configs'] = [];
  for (const c of configs.length ? configs : [primary]) {
    const loaded = await readGlossaries([...c.glossaries.map(shown), ...(o.glossary ?? [])], io, reads);
    failed ||= loaded.failed;
    setupConfigs.push({ config: c.resolved.config, glossaries: loaded.sources });
  }
  const setup: ReviewSetup = {
    kind: 'review',
    mode,
    configs: setupConfigs,
    year: currentYear(io),
    maxSize,
    fix: o.fix === true,
    includeHints: o.includeHints === true,
    inputFormat: (o.inputFormat ?? 'auto') as ReviewSetup['inputFormat'],
  };
  const readStdin = () => readStdinPosting(io, maxSize);
  return { setup, inputs, primary, jobs, failed, readStdin };
}

/**
 * The year rules measure against (`years-exceed-technology-age`): now, or the year of
 * SOURCE_DATE_EPOCH (seconds) when set, for reproducible output.
 */
export function currentYear(io: CliIo): number {
  const epoch = Number(io.env.SOURCE_DATE_EPOCH);
  return new Date(io.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()).getUTCFullYear();
}

/** Parses `--max-warnings N` (a whole number ≥ 0). */
export function parseCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`invalid value "${value}" for --${option}: expected a whole number (0 or more)`);
  return n;
}

/** The repository root: GITHUB_WORKSPACE in Actions, else the nearest folder with `.git`, else the cwd. */
export async function findRepoRoot(io: CliIo): Promise<string> {
  if (io.env.GITHUB_WORKSPACE) return path.resolve(io.env.GITHUB_WORKSPACE);
  for (let d = path.resolve(io.cwd); ; d = path.dirname(d)) {
    if (await io.fs.stat(path.join(d, '.git')).then(() => true, () => false)) return d;
    if (path.dirname(d) === d) return io.cwd;
  }
}
