/** `posting-lens check`: the reviewer rules over postings, for people (stylish), scripts (json) and code scanning (sarif). */
import path from 'node:path';
import { RULE_METAS, ruleUrl } from '../../core/rules/index.ts';
import { parseArgs, type OptionSpecs } from '../args.ts';
import { shouldColor } from '../color.ts';
import { CHECK_HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { renderGithubAnnotations } from '../report/github.ts';
import { renderCheckJson } from '../report/json.ts';
import { renderSarif } from '../report/sarif.ts';
import { STYLISH_ANSI, STYLISH_PLAIN, renderStylishFile, renderStylishSummary } from '../report/stylish.ts';
import { addToSummary, emptySummary } from '../report/summary.ts';
import type { FileResult } from '../review-file.ts';
import { REVIEW_OPTIONS, findRepoRoot, parseCount, prepareReview, reviewOptions } from '../review-run.ts';
import { reviewInputs } from '../workers.ts';
import pkg from '../../../package.json';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: CHECK_FORMATS },
  'max-warnings': { type: 'string' },
  'include-hints': { type: 'boolean' },
  fix: { type: 'boolean' },
  color: { type: 'boolean', negatable: true },
  ...REVIEW_OPTIONS,
};

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(argv, OPTIONS, 'check');
  if (options.help) {
    await io.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = (options.format as (typeof CHECK_FORMATS)[number] | undefined) ?? 'stylish';
  const maxWarnings = parseCount(options['max-warnings'] as string | undefined, 'max-warnings');
  const prepared = await prepareReview(
    'check',
    positionals,
    {
      ...reviewOptions(options),
      fix: options.fix === true,
      includeHints: options['include-hints'] === true,
    },
    io,
  );
  if (!prepared) return 2;
  let failed = prepared.failed;

  const style = format === 'stylish' && shouldColor(io, options.color as boolean | undefined) ? STYLISH_ANSI : STYLISH_PLAIN;
  const annotate = format === 'github' || (format === 'stylish' && io.env.GITHUB_ACTIONS === 'true');
  // Paths from the repository root: only annotations and SARIF need them (finding it stats `.git` upwards).
  const repoRoot = annotate || format === 'sarif' ? await findRepoRoot(io) : io.cwd;
  const repoPath = (r: FileResult, abs: string | null) => (abs ? path.relative(repoRoot, abs).split(path.sep).join('/') : r.id);
  const pathOf = new Map(prepared.inputs.map((i) => [i.id, i.path]));
  const summary = emptySummary();
  const collected: FileResult[] = [];

  await reviewInputs(prepared.inputs, prepared.setup, prepared.jobs, io, prepared.readStdin, async (r) => {
    if (r.error) {
      await io.stderr.write(`posting-lens: ${r.id}: ${r.error}\n`);
      failed = true;
    }
    addToSummary(summary, r);
    if (format === 'json' || format === 'sarif') collected.push(r);
    let chunk = format === 'stylish' ? renderStylishFile(r, style) : '';
    if (annotate) chunk += renderGithubAnnotations(r, repoPath(r, pathOf.get(r.id) ?? null));
    if (chunk) await io.stdout.write(chunk);
  });

  // Nothing could be read: the errors on stderr say it all, a "no problems" line would mislead.
  if (format === 'stylish' && (summary.files || !failed)) await io.stdout.write(renderStylishSummary(summary, style));
  else if (format === 'json') await io.stdout.write(renderCheckJson(collected, summary));
  else if (format === 'sarif') {
    const files = collected.filter((r) => !r.error).map((result) => ({ result, uri: repoPath(result, pathOf.get(result.id) ?? null) }));
    await io.stdout.write(renderSarif(files, { version: pkg.version, rules: RULE_METAS, config: prepared.primary.resolved.config, ruleUrl: (id) => ruleUrl(id) }));
  }

  if (failed) return 2;
  if (summary.error) return 1;
  if (maxWarnings !== undefined && summary.warning > maxWarnings) {
    await io.stderr.write(`posting-lens: ${summary.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
