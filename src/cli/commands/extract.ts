/** `posting-lens extract`: postings in, sections / skills / requirements out. */
import path from 'node:path';
import { FORMATS, isFormat, type Format, type PostingJson } from '../../core/format/index.ts';
import { LEVELS, type Level } from '../../core/types.ts';
import { DEFAULT_MAX_SIZE, oneLine, parseArgs, parseJobs, parseSize, UsageError, type OptionSpecs } from '../args.ts';
import { ANSI_STYLE, shouldColor } from '../color.ts';
import { extractPosting, type ExtractSettings, type InputFormat } from '../engine.ts';
import { loadGlossary } from '../glossary.ts';
import { EXTRACT_HELP } from '../help.ts';
import { describeFsError, expandInputs, type InputRef } from '../inputs.ts';
import type { CliIo, CliWriter } from '../io.ts';
import { createWorkerPool, orderedMap, type Analyzer } from '../pool.ts';
import { readPostingFile, readStdinPosting } from '../read-posting.ts';
import { createReporter } from '../reporters.ts';
import { runStdinJsonl } from './stdin-jsonl.ts';

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: FORMATS },
  glossary: { type: 'string', short: 'g', multiple: true },
  level: { type: 'string', short: 'l', multiple: true },
  noise: { type: 'boolean', negatable: true },
  'input-format': { type: 'string', choices: ['auto', 'markdown', 'text'] },
  out: { type: 'string', short: 'o' },
  'max-size': { type: 'string' },
  'stdin-jsonl': { type: 'boolean' },
  strict: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  color: { type: 'boolean', negatable: true },
  help: { type: 'boolean', short: 'h' },
};

export async function runExtract(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(argv, OPTIONS, 'extract');
  if (options.help) {
    await io.stdout.write(EXTRACT_HELP);
    return 0;
  }
  const format = (options.format as string | undefined) ?? 'table';
  if (!isFormat(format)) throw new UsageError(`invalid value "${format}" for --format`);
  const maxSize = options['max-size'] ? parseSize(options['max-size'] as string, 'max-size') : DEFAULT_MAX_SIZE;
  const levels = parseLevels(options.level as string[] | undefined);
  const jsonl = options['stdin-jsonl'] === true;
  if (jsonl && positionals.length) throw new UsageError('--stdin-jsonl reads stdin only; leave out the paths');
  if (jsonl && format !== 'jsonl' && options.format !== undefined) throw new UsageError('--stdin-jsonl always writes JSON lines; leave out --format');
  if (!jsonl && options.strict) throw new UsageError('--strict only applies to --stdin-jsonl');
  if (!jsonl && !positionals.length) {
    throw new UsageError('no input: give files, directories, globs, or - for stdin (see posting-lens extract --help)');
  }

  const loaded = await loadGlossary((options.glossary as string[] | undefined) ?? [], io);
  const settings: ExtractSettings = {
    glossary: loaded.glossary,
    inputFormat: ((options['input-format'] as string | undefined) ?? 'auto') as InputFormat,
    levels,
    noNoise: options.noise === false,
  };
  const requestedJobs = parseJobs(options.jobs as string | undefined, 1);
  const jobs = io.workerScript ? requestedJobs : 1;
  const analyzer: Analyzer =
    jobs > 1
      ? createWorkerPool(io.workerScript!, jobs, { glossaries: loaded.sources, inputFormat: settings.inputFormat, levels, noNoise: settings.noNoise })
      : { analyze: async (id, text, fileName) => extractPosting(id, text, fileName, settings), close: async () => {} };
  const window = jobs > 1 ? jobs * 4 : 1;

  const outFile = options.out as string | undefined;
  const buffered: string[] = [];
  const out: CliWriter = outFile ? { write: (t) => void buffered.push(t) } : io.stdout;

  let failed = loaded.failed;
  try {
    if (jsonl) {
      const bad = await runStdinJsonl(io.stdin, out, io.stderr, analyzer, maxSize, window);
      if (bad && options.strict) failed = true;
    } else {
      const color = format === 'table' && !outFile && shouldColor(io, options.color as boolean | undefined);
      const width = Math.min(120, io.stdout.columns ?? 100);
      const reporter = createReporter(format as Format, { width, ...(color ? { style: ANSI_STYLE } : {}) });
      const { inputs, errors } = await expandInputs(positionals, io.cwd, io.fs);
      for (const e of errors) await io.stderr.write(`posting-lens: ${e}\n`);
      if (errors.length) failed = true;
      const analyzeInput = async (input: InputRef): Promise<PostingJson | { error: string }> => {
        const text = await readInput(input, io, maxSize);
        if (typeof text !== 'string') return { error: `${input.id}: ${text.error}` };
        try {
          return await analyzer.analyze(input.id, text, input.path ?? undefined);
        } catch (err) {
          return { error: `${input.id}: analysis failed: ${oneLine(err)}` };
        }
      };
      await orderedMap(inputs, window, analyzeInput, async (result) => {
        if ('error' in result) {
          await io.stderr.write(`posting-lens: ${result.error}\n`);
          failed = true;
          return;
        }
        const chunk = reporter.posting(result);
        if (chunk) await out.write(chunk);
      });
      const tail = reporter.end();
      if (tail) await out.write(tail);
    }
  } finally {
    await analyzer.close();
  }

  if (outFile) {
    try {
      await io.fs.writeFile(path.resolve(io.cwd, outFile), buffered.join(''));
    } catch (err) {
      throw new UsageError(`cannot write ${outFile}: ${describeFsError(err as NodeJS.ErrnoException)}`);
    }
  }
  return failed ? 2 : 0;
}

function parseLevels(values: string[] | undefined): Level[] | null {
  if (!values?.length) return null;
  const levels = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const l of levels) {
    if (!(LEVELS as readonly string[]).includes(l)) throw new UsageError(`invalid value "${l}" for --level: expected ${LEVELS.join(', ')}`);
  }
  return levels as Level[];
}

/** The text of one input, or why it cannot be read. */
async function readInput(input: InputRef, io: CliIo, maxSize: number): Promise<string | { error: string }> {
  if (input.path === null) return readStdinPosting(io, maxSize);
  const read = await readPostingFile(input.path, io.fs, maxSize);
  return 'error' in read ? read : read.text;
}
