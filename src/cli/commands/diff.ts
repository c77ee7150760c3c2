/** `posting-lens diff`: what changed between two versions of a posting, not which lines. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { analyzePosting } from '../../core/index.ts';
import { diffPostings, isEmptyDiff, renderDiffJson, renderDiffMarkdown, renderDiffText } from '../../core/review/index.ts';
import { UsageError, parseArgs, type OptionSpecs } from '../args.ts';
import { decodePosting } from '../decode.ts';
import { loadGlossary } from '../glossary.ts';
import { DIFF_HELP } from '../help.ts';
import { describeFsError } from '../inputs.ts';
import type { CliIo } from '../io.ts';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

const OPTIONS: OptionSpecs = {
  format: { type: 'string', short: 'f', choices: DIFF_FORMATS },
  git: { type: 'string' },
  'exit-code': { type: 'boolean' },
  glossary: { type: 'string', short: 'g', multiple: true },
  help: { type: 'boolean', short: 'h' },
};

/** Largest old version read from git (a posting is far smaller). */
const MAX_GIT_BYTES = 64 * 1024 * 1024;

export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(argv, OPTIONS, 'diff');
  if (options.help) {
    await io.stdout.write(DIFF_HELP);
    return 0;
  }
  const rev = options.git as string | undefined;
  let sides: { label: string; text: string }[];
  if (rev !== undefined) {
    if (positionals.length !== 1) throw new UsageError('diff --git REV needs exactly one path: posting-lens diff --git REV -- PATH');
    const file = positionals[0]!;
    sides = [{ label: `${rev}:${file}`, text: await readFromGit(rev, file, io) }, { label: file, text: await readSide(file, io) }];
  } else {
    if (positionals.length !== 2) throw new UsageError('diff needs two postings (posting-lens diff OLD NEW) or --git REV -- PATH');
    sides = [{ label: positionals[0]!, text: await readSide(positionals[0]!, io) }, { label: positionals[1]!, text: await readSide(positionals[1]!, io) }];
  }
  const loaded = await loadGlossary((options.glossary as string[] | undefined) ?? [], io);
  const [a, b] = sides.map((s) => analyzePosting(s.text, { glossary: loaded.glossary, fileName: path.basename(s.label) })) as [ReturnType<typeof analyzePosting>, ReturnType<typeof analyzePosting>];
  const diff = diffPostings(a, b);
  const [la, lb] = [sides[0]!.label, sides[1]!.label];
  const format = (options.format as (typeof DIFF_FORMATS)[number] | undefined) ?? 'text';
  await io.stdout.write(format === 'json' ? renderDiffJson(diff, la, lb) : format === 'markdown' ? renderDiffMarkdown(diff, la, lb) : renderDiffText(diff, la, lb));
  if (loaded.failed) return 2;
  return options['exit-code'] && !isEmptyDiff(diff) ? 1 : 0;
}

async function readSide(file: string, io: CliIo): Promise<string> {
  const abs = path.resolve(io.cwd, file);
  const stat = await io.fs.stat(abs).catch((err: NodeJS.ErrnoException) => err);
  if (stat instanceof Error) throw new UsageError(`${file}: ${describeFsError(stat)}`);
  if (stat.isDirectory()) throw new UsageError(`${file}: is a directory (diff compares two posting files)`);
  return decode(await io.fs.readFile(abs), file);
}

function decode(bytes: Uint8Array, label: string): string {
  const decoded = decodePosting(bytes);
  if (!decoded.ok) throw new UsageError(`${label}: ${decoded.reason}`);
  return decoded.text;
}

/** The file as committed at `rev`, through `git show REV:./PATH` (no shell; PATH relative to the cwd). */
async function readFromGit(rev: string, file: string, io: CliIo): Promise<string> {
  if (rev.startsWith('-')) throw new UsageError(`invalid revision "${rev}"`);
  const rel = path.relative(io.cwd, path.resolve(io.cwd, file)).split(path.sep).join('/');
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    execFile('git', ['show', `${rev}:./${rel}`], { cwd: io.cwd, encoding: 'buffer', maxBuffer: MAX_GIT_BYTES, env: { ...io.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, out, errOut) => {
      if (!err) return resolve(out);
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new UsageError('diff --git needs git, which is not installed or not on PATH'));
      reject(new UsageError(gitError(errOut.toString('utf8'), rev, file)));
    });
  });
  return decode(stdout, `${rev}:${file}`);
}

function gitError(stderr: string, rev: string, file: string): string {
  if (/not a git repository/i.test(stderr)) return `diff --git: not a git repository (or any of the parent folders)`;
  if (/does not exist in|exists on disk, but not in|outside repository/i.test(stderr)) return `diff --git: ${file} does not exist at ${rev}`;
  if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(stderr)) return `diff --git: unknown revision "${rev}"`;
  const first = stderr.split('\n').find((l) => l.trim()) ?? 'git show failed';
  return `diff --git: ${first.replace(/^fatal:\s*/, '')}`;
}
