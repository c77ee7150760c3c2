/**
 * Parallel review for `check` and `stats`: a pool of worker threads (dist/worker.cjs, which hands
 * `kind: 'review'` setups to `serveReviewWorker`), each reading and analysing a share of the files.
 * `check` gets findings back per file, in input order; `stats` gets one snapshot per worker at the
 * end. Few files, `--jobs 1` or no worker bundle (tsx runs): the same code on the main thread.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { StatsAccumulator, type StatsSnapshot } from '../core/review/index.ts';
import type { InputRef } from './inputs.ts';

/** An input and the index of its configuration in `ReviewSetup.configs`. */
export interface ReviewInput extends InputRef {
  config: number;
}
import { nodeFs, type CliIo } from './io.ts';
import { orderedMap } from './pool.ts';
import { oneLine } from './commands/extract.ts';
import { createFileReviewer, type FileResult, type ReviewSetup, type ReviewTask } from './review-file.ts';

/** Below this many files per thread, starting workers costs more than it saves. */
export const MIN_FILES_PER_WORKER = 4;

type ToWorker = { type: 'task'; task: ReviewTask } | { type: 'flush' };
type FromWorker = { type: 'result'; result: FileResult } | { type: 'snapshot'; snapshot: StatsSnapshot } | { type: 'failed'; seq: number; error: string };

interface Reviewer {
  review(task: ReviewTask): Promise<FileResult>;
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
  try {
    let seq = 0;
    await orderedMap(
      inputs,
      threads > 1 ? threads * 8 : 1,
      async (input): Promise<FileResult> => {
        const task: ReviewTask = { seq: seq++, id: input.id, path: input.path, config: input.config };
        if (input.path === null) {
          const text = await readStdin();
          if (typeof text !== 'string') return { seq: task.seq, id: input.id, error: text.error, findings: [], fixed: 0 };
          task.text = text;
        }
        return reviewer.review(task).catch((err: unknown) => ({ seq: task.seq, id: input.id, error: `analysis failed: ${oneLine(err)}`, findings: [], fixed: 0 }));
      },
      emit,
    );
    for (const s of await reviewer.flush()) stats.merge(s);
  } finally {
    await reviewer.close();
  }
  return stats;
}

function inProcess(setup: ReviewSetup, io: CliIo): Reviewer {
  const reviewer = createFileReviewer(setup);
  return { review: (task) => reviewer.review(task, io.fs), flush: async () => [reviewer.snapshot()], close: async () => {} };
}

interface Slot {
  worker: Worker;
  /** Why the worker is gone (crashed or exited), or null while it runs. */
  dead: Error | null;
  pending: Map<number, { resolve(r: FileResult): void; reject(e: Error): void }>;
  snapshot: ((s: StatsSnapshot | null) => void) | null;
}

function createReviewPool(script: string, size: number, setup: ReviewSetup): Reviewer {
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: new Worker(script, { workerData: setup }), dead: null, pending: new Map(), snapshot: null };
    const fail = (error: Error): void => {
      slot.dead ??= error;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      slot.snapshot?.(null);
    };
    slot.worker.on('message', (m: FromWorker) => {
      if (m.type === 'snapshot') return slot.snapshot?.(m.snapshot);
      const seq = m.type === 'result' ? m.result.seq : m.seq;
      const p = slot.pending.get(seq);
      slot.pending.delete(seq);
      if (m.type === 'result') p?.resolve(m.result);
      else p?.reject(new Error(m.error));
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`worker stopped (exit code ${code})`)));
    return slot;
  });
  const send = (slot: Slot, message: ToWorker) => slot.worker.postMessage(message);
  return {
    review(task) {
      const alive = slots.filter((s) => !s.dead);
      if (!alive.length) return Promise.reject(slots[0]!.dead!);
      const slot = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise<FileResult>((resolve, reject) => {
        slot.pending.set(task.seq, { resolve, reject });
        send(slot, { type: 'task', task });
      });
    },
    async flush() {
      const snapshots = await Promise.all(
        slots.map(
          (slot) =>
            new Promise<StatsSnapshot | null>((resolve) => {
              if (slot.dead) return resolve(null);
              slot.snapshot = resolve;
              send(slot, { type: 'flush' });
            }),
        ),
      );
      const lost = slots.find((s) => s.dead);
      // The counts of a crashed worker are gone with it: better no statistics than wrong ones.
      if (lost && setup.mode === 'stats') throw new Error(`a worker thread stopped, the statistics are incomplete (${oneLine(lost.dead)})`);
      return snapshots.filter((s): s is StatsSnapshot => s !== null);
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The worker side: reviews the files it is sent, reports each, and its statistics on `flush`. */
export function serveReviewWorker(setup: ReviewSetup): void {
  const reviewer = createFileReviewer(setup);
  // Files are reviewed one after another, so a worker's memory holds one posting at a time.
  let queue = Promise.resolve();
  parentPort?.on('message', (m: ToWorker) => {
    queue = queue.then(async () => {
      if (m.type === 'flush') return parentPort!.postMessage({ type: 'snapshot', snapshot: reviewer.snapshot() } satisfies FromWorker);
      try {
        parentPort!.postMessage({ type: 'result', result: await reviewer.review(m.task, nodeFs) } satisfies FromWorker);
      } catch (err) {
        parentPort!.postMessage({ type: 'failed', seq: m.task.seq, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) } satisfies FromWorker);
      }
    });
  });
}
