/** `posting-lens stats`: skill frequency across a repository of postings, by level, and the most common pairs. */
import { renderStatsCsv, renderStatsJson, renderStatsTable } from '../../core/review/index.ts';
import { UsageError, parseArgs, type OptionSpecs } from '../args.ts';
import { STATS_HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { REVIEW_OPTIONS, parseCount, prepareReview, reviewOptions } from '../review-run.ts';
import { reviewInputs } from '../workers.ts';

export const STATS_FORMATS = ['table', 'csv', 'json'] as const;
export const DEFAULT_TOP_PAIRS = 10;

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: STATS_FORMATS },
  top: { type: 'string' },
  limit: { type: 'string' },
  pairs: { type: 'boolean' },
  ...REVIEW_OPTIONS,
};

export async function runStats(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(argv, OPTIONS, 'stats');
  if (options.help) {
    await io.stdout.write(STATS_HELP);
    return 0;
  }
  const format = (options.format as (typeof STATS_FORMATS)[number] | undefined) ?? 'table';
  const top = parseCount(options.top as string | undefined, 'top') ?? DEFAULT_TOP_PAIRS;
  const limit = parseCount(options.limit as string | undefined, 'limit');
  if (options.pairs && format !== 'csv') throw new UsageError('--pairs only applies to --format csv (table and json always list the pairs)');
  if (limit !== undefined && format !== 'table') throw new UsageError('--limit only applies to the table; csv and json list every skill');
  const prepared = await prepareReview('stats', positionals, reviewOptions(options), io);
  if (!prepared) return 2;
  let failed = prepared.failed;
  const stats = await reviewInputs(prepared.inputs, prepared.setup, prepared.jobs, io, prepared.readStdin, async (r) => {
    if (!r.error) return;
    await io.stderr.write(`posting-lens: ${r.id}: ${r.error}\n`);
    failed = true;
  });
  const result = stats.result(top);
  const out = format === 'json' ? renderStatsJson(result) : format === 'csv' ? renderStatsCsv(result, options.pairs ? 'pairs' : 'skills') : renderStatsTable(result, limit);
  await io.stdout.write(out);
  return failed ? 2 : 0;
}
