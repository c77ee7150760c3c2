/**
 * One posting through the reviewer rules (`check`) or the statistics (`stats`): read, decode, analyse,
 * check, optionally fix. The same code runs on the main thread and in worker threads (workers.ts),
 * so both give identical results. Positions are computed here, so the text never travels back.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { analyzePosting, createLineIndex, type CompiledGlossary } from '../core/index.ts';
import { StatsAccumulator, applySafeFixes, type StatsSnapshot } from '../core/review/index.ts';
import { checkPosting, type LintConfig } from '../core/rules/index.ts';
import type { Finding, Severity } from '../core/types.ts';
import { oneLine } from './args.ts';
import { buildGlossary, type GlossarySource } from './glossary.ts';
import { describeFsError } from './inputs.ts';
import { readPostingFile } from './read-posting.ts';
import type { CliFs } from './io.ts';

/** Everything a reviewer needs; plain data, so it can be a worker's `workerData`. */
export interface ReviewSetup {
  kind: 'review';
  mode: 'check' | 'stats';
  /** One per `.postinglens.yaml` in use (tasks name theirs by index), with its glossary sources. */
  configs: { config: LintConfig; glossaries: GlossarySource[] }[];
  year: number;
  maxSize: number;
  fix: boolean;
  includeHints: boolean;
  inputFormat: 'auto' | 'markdown' | 'text';
}

export interface ReviewTask {
  seq: number;
  id: string;
  /** Absolute path; null when `text` is given (stdin). */
  path: string | null;
  /** Index into `ReviewSetup.configs`. */
  config: number;
  text?: string;
}

/** 0-based positions next to the UTF-16 offsets, as in the extract JSON contract. */
export interface Located {
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface LocatedEdit extends Located {
  newText: string;
}

export interface LocatedFinding extends Located {
  ruleId: string;
  severity: Severity;
  message: string;
  url: string;
  fixes?: { title: string; safe: boolean; edits: LocatedEdit[] }[];
  data?: Finding['data'];
}

export interface FileResult {
  seq: number;
  id: string;
  /** Why the file could not be reviewed (one line), or null. */
  error: string | null;
  findings: LocatedFinding[];
  /** Safe fixes written back to the file (`--fix`). */
  fixed: number;
}

/** How many fix-and-check passes `--fix` makes at most (fixes may uncover or unblock others). */
const MAX_FIX_PASSES = 10;

/** The result of a file that could not be reviewed: `error` is one line. */
export const failedFile = (task: Pick<ReviewTask, 'seq' | 'id'>, error: string): FileResult => ({ seq: task.seq, id: task.id, error, findings: [], fixed: 0 });

/** An unexpected failure while reviewing a file, as its result. */
export const analysisFailed = (task: Pick<ReviewTask, 'seq' | 'id'>, err: unknown): FileResult => failedFile(task, `analysis failed: ${oneLine(err)}`);

export interface FileReviewer {
  review(task: ReviewTask, fs: Pick<CliFs, 'stat' | 'readFile'>): Promise<FileResult>;
  /** The statistics of the postings reviewed so far (mode `stats`). */
  snapshot(): StatsSnapshot;
}

export function createFileReviewer(setup: ReviewSetup): FileReviewer {
  const stats = new StatsAccumulator();
  // Built on first use: most runs have one configuration; each has its own glossary.
  const glossaries = new Map<number, CompiledGlossary>();
  const glossaryOf = (i: number) => {
    let g = glossaries.get(i);
    if (!g) glossaries.set(i, (g = buildGlossary(setup.configs[i]!.glossaries)));
    return g;
  };
  const analyze = (text: string, fileName: string | undefined, i: number) =>
    analyzePosting(text, { glossary: glossaryOf(i), format: setup.inputFormat, ...(fileName ? { fileName } : {}) });
  const check = (text: string, fileName: string | undefined, i: number) =>
    checkPosting(text, analyze(text, fileName, i), { config: setup.configs[i]!.config, entries: glossaryOf(i).entries, year: setup.year });

  return {
    async review(task, fs) {
      const result: FileResult = { seq: task.seq, id: task.id, error: null, findings: [], fixed: 0 };
      const read = task.text !== undefined ? { text: task.text, encoding: 'utf-8' } : await readPostingFile(task.path!, fs, setup.maxSize);
      if ('error' in read) return failedFile(task, read.error);
      const text = read.text;
      const fileName = task.path ? path.basename(task.path) : undefined;
      try {
        if (setup.mode === 'stats') {
          stats.add(analyze(text, fileName, task.config));
          return result;
        }
        let current = text;
        let findings = check(current, fileName, task.config);
        // UTF-16 files are checked but not rewritten (the fix would change their encoding).
        if (setup.fix && task.path && read.encoding.startsWith('utf-8')) {
          for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
            const applied = applySafeFixes(current, findings);
            if (!applied.applied) break;
            result.fixed += applied.applied;
            current = applied.text;
            findings = check(current, fileName, task.config);
          }
          if (result.fixed) {
            const bom = read.encoding.includes('BOM') ? '\uFEFF' : '';
            const written = await writeAtomically(task.path, bom + current).then(() => null, (err: NodeJS.ErrnoException) => err);
            if (written) return { ...result, fixed: 0, error: `cannot write the fixes: ${describeFsError(written)}` };
          }
        }
        result.findings = locate(current, setup.includeHints ? findings : findings.filter((f) => f.severity !== 'hint'));
        return result;
      } catch (err) {
        return { ...analysisFailed(task, err), fixed: result.fixed };
      }
    },
    snapshot: () => stats.snapshot(),
  };
}

function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const lines = createLineIndex(text);
  const at = (start: number, end: number): Located => {
    const a = lines.positionAt(start);
    const b = lines.positionAt(end);
    return { start, end, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
  };
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    url: f.url,
    ...at(f.range.start, f.range.end),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ ...at(e.range.start, e.range.end), newText: e.newText })) })) } : {}),
    ...(f.data ? { data: f.data } : {}),
  }));
}

/** Writes through a temporary file in the same folder and renames it over the original (keeps its mode). */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}.posting-lens.tmp`);
  const mode = await fsp.stat(file).then((s) => s.mode & 0o7777, () => undefined);
  try {
    await fsp.writeFile(tmp, text, mode === undefined ? 'utf8' : { encoding: 'utf8', mode });
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
}
