/**
 * Parallel review for `check` and `stats`: a pool of worker threads (dist/worker.cjs, which hands
 * `kind: 'review'` setups to `serveReviewWorker`), each reading and analysing a share of the files.
 * Files go out in batches; `check` gets findings back per file, emitted in input order; `stats`
 * gets one snapshot per worker at the end. Few files, `--jobs 1` or no worker bundle (tsx runs): the
 * same code on the main thread.
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { StatsAccumulator, type StatsSnapshot } from '../core/review/index.ts';
import type { InputRef } from './inputs.ts';
import { nodeFs, type CliFs, type CliIo } from './io.ts';
import { orderedMap } from './pool.ts';
import { startThreads, type ThreadSlot } from './threads.ts';
import { oneLine } from './args.ts';
import { analysisFailed, createFileReviewer, failedFile, type FileResult, type FileReviewer, type ReviewSetup, type ReviewTask } from './review-file.ts';

/** An input and the index of its configuration in `ReviewSetup.configs`. */
export interface ReviewInput extends InputRef {
  config: number;
}

/** Below this many files per thread, starting workers costs more than it saves. */
export const MIN_FILES_PER_WORKER = 4;
/**
 * Files per message to and from a worker. One message per file made the worker and the main thread
 * wake each other ten thousand times on a large repository; a batch amortises that, and the batches
 * in flight (BATCHES_PER_THREAD per thread) keep every worker busy while the main thread catches up.
 */
export const MAX_BATCH = 16;
const BATCHES_PER_THREAD = 4;

type ToWorker = { type: 'tasks'; batch: number; tasks: ReviewTask[] } | { type: 'flush' };
type FromWorker = { type: 'results'; batch: number; results: FileResult[] } | { type: 'snapshot'; snapshot: StatsSnapshot };

interface Reviewer {
  /** Reviews the tasks one after another; a task that fails becomes a result with its error. */
  review(tasks: ReviewTask[]): Promise<FileResult[]>;
  /** Statistics of everything reviewed (mode `stats`). */
  flush(): Promise<StatsSnapshot[]>;
  close(): Promise<void>;
}

/** How many threads a run uses: 1 (main thread) unless there is a worker bundle and enough files. */
export function threadsFor(files: number, jobs: number, io: CliIo): number {
  if (!io.workerScript || jobs < 2) return 1;
  return Math.max(1, Math.min(jobs, Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Reviews every input, calling `emit` for each file in input order; returns the merged statistics. */
export async function reviewInputs(
  inputs: readonly ReviewInput[],
  setup: ReviewSetup,
  jobs: number,
  io: CliIo,
  readStdin: () => Promise<string | { error: string }>,
  emit: (result: FileResult) => Promise<void>,
): Promise<StatsAccumulator> {
  const threads = threadsFor(inputs.length, jobs, io);
  const reviewer = threads > 1 ? createReviewPool(io.workerScript!, threads, setup) : inProcess(setup, io);
  const stats = new StatsAccumulator();
  // Small repositories get small batches, so that every thread still gets several.
  const size = threads > 1 ? Math.max(1, Math.min(MAX_BATCH, Math.floor(inputs.length / (threads * BATCHES_PER_THREAD)))) : 1;
  const batches: ReviewInput[][] = [];
  for (let i = 0; i < inputs.length; i += size) batches.push(inputs.slice(i, i + size));
  try {
    let seq = 0;
    await orderedMap(
      batches,
      threads > 1 ? threads * BATCHES_PER_THREAD : 1,
      async (batch): Promise<FileResult[]> => {
        const tasks: ReviewTask[] = [];
        const unread: FileResult[] = [];
        for (const input of batch) {
          const task: ReviewTask = { seq: seq++, id: input.id, path: input.path, config: input.config };
          if (input.path === null) {
            const text = await readStdin();
            if (typeof text !== 'string') {
              unread.push(failedFile(task, text.error));
              continue;
            }
            task.text = text;
          }
          tasks.push(task);
        }
        const results = tasks.length ? await reviewer.review(tasks).catch((err: unknown) => tasks.map((t) => analysisFailed(t, err))) : [];
        return [...unread, ...results].sort((a, b) => a.seq - b.seq);
      },
      async (results) => {
        for (const r of results) await emit(r);
      },
    );
    for (const s of await reviewer.flush()) stats.merge(s);
  } finally {
    await reviewer.close();
  }
  return stats;
}

/** Reviews tasks one after another; an unexpected failure of one becomes its error result. */
async function reviewAll(reviewer: FileReviewer, tasks: ReviewTask[], fs: Pick<CliFs, 'stat' | 'readFile'>): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) {
    results.push(await reviewer.review(task, fs).catch((err: unknown) => analysisFailed(task, err)));
  }
  return results;
}

function inProcess(setup: ReviewSetup, io: CliIo): Reviewer {
  const reviewer = createFileReviewer(setup);
  // A CLI's main thread has nothing else to do while a file is read: synchronous reads there too
  // (the tests' in-memory file systems keep theirs).
  const fs = io.fs === nodeFs ? workerFs : io.fs;
  return { review: (tasks) => reviewAll(reviewer, tasks, fs), flush: async () => [reviewer.snapshot()], close: async () => {} };
}

function createReviewPool(script: string, size: number, setup: ReviewSetup): Reviewer {
  /** Per thread, who waits for its statistics (`flush`). */
  const waiting = new Map<ThreadSlot<FileResult[]>, (s: StatsSnapshot | null) => void>();
  const threads = startThreads<FromWorker, FileResult[]>(script, size, setup, {
    answer: (m) => (m.type === 'results' ? { key: m.batch, value: m.results } : null),
    other: (slot, m) => m.type === 'snapshot' && waiting.get(slot)?.(m.snapshot),
    died: (slot) => waiting.get(slot)?.(null),
  });
  const send = (slot: ThreadSlot<FileResult[]>, message: ToWorker) => slot.worker.postMessage(message);
  return {
    review(tasks) {
      const batch = tasks[0]!.seq;
      return threads.request(batch, { type: 'tasks', batch, tasks } satisfies ToWorker);
    },
    async flush() {
      const snapshots = await Promise.all(
        threads.slots.map(
          (slot) =>
            new Promise<StatsSnapshot | null>((resolve) => {
              if (slot.dead) return resolve(null);
              waiting.set(slot, resolve);
              send(slot, { type: 'flush' });
            }),
        ),
      );
      const lost = threads.slots.find((s) => s.dead);
      // The counts of a crashed worker are gone with it: better no statistics than wrong ones.
      if (lost && setup.mode === 'stats') throw new Error(`a worker thread stopped, the statistics are incomplete (${oneLine(lost.dead)})`);
      return snapshots.filter((s): s is StatsSnapshot => s !== null);
    },
    close: () => threads.close(),
  };
}

/**
 * File reads for the thread that reviews: synchronous. Blocking is harmless on a thread of its own,
 * and an asynchronous read there waits for libuv's thread pool (shared with the other workers) with
 * the thread idle in between; the promise keeps the reviewer's interface.
 */
const workerFs: Pick<CliFs, 'stat' | 'readFile'> = {
  stat: async (p) => statSync(p),
  readFile: async (p) => readFileSync(p),
};

/** The worker side: reviews the files it is sent, reports each, and its statistics on `flush`. */
export function serveReviewWorker(setup: ReviewSetup): void {
  const reviewer = createFileReviewer(setup);
  // Files are reviewed one after another, so a worker's memory holds one posting at a time.
  let queue = Promise.resolve();
  parentPort?.on('message', (m: ToWorker) => {
    queue = queue.then(async () => {
      if (m.type === 'flush') return parentPort!.postMessage({ type: 'snapshot', snapshot: reviewer.snapshot() } satisfies FromWorker);
      parentPort!.postMessage({ type: 'results', batch: m.batch, results: await reviewAll(reviewer, m.tasks, workerFs) } satisfies FromWorker);
    });
  });
}
