/**
 * Parallel analysis for `extract --jobs N`: a small pool of worker threads (threads.ts), and `orderedMap`, which
 * keeps a bounded number of tasks in flight and emits results in input order (so output is the same
 * as a sequential run, streaming and with bounded memory).
 */
import type { PostingJson } from '../core/format/index.ts';
import type { ExtractSettings } from './engine.ts';
import type { GlossarySource } from './glossary.ts';
import { startThreads } from './threads.ts';

export interface WorkerSetup {
  glossaries: GlossarySource[];
  inputFormat: ExtractSettings['inputFormat'];
  levels: ExtractSettings['levels'];
  noNoise: boolean;
}

export interface WorkerTask {
  seq: number;
  id: string;
  text: string;
  fileName: string | undefined;
}

export type WorkerReply = { seq: number; ok: true; result: PostingJson } | { seq: number; ok: false; error: string };

export interface Analyzer {
  analyze(id: string, text: string, fileName: string | undefined): Promise<PostingJson>;
  close(): Promise<void>;
}

export function createWorkerPool(script: string, size: number, setup: WorkerSetup): Analyzer {
  let seq = 0;
  const threads = startThreads<WorkerReply, PostingJson>(script, size, setup, {
    answer: (reply) => (reply.ok ? { key: reply.seq, value: reply.result } : { key: reply.seq, error: new Error(reply.error) }),
  });
  return {
    analyze(id, text, fileName) {
      const task: WorkerTask = { seq: seq++, id, text, fileName };
      return threads.request(task.seq, task);
    },
    close: () => threads.close(),
  };
}

/**
 * Runs `fn` over `source` with at most `window` results pending and hands each result to `emit` in
 * input order. With window 1 it is a plain sequential loop.
 */
export async function orderedMap<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  window: number,
  fn: (item: T) => Promise<R>,
  emit: (result: R) => Promise<void>,
): Promise<void> {
  const queue: Promise<R>[] = [];
  for await (const item of source) {
    const p = fn(item);
    p.catch(() => {}); // handled when it reaches the head of the queue
    queue.push(p);
    if (queue.length >= window) await emit(await queue.shift()!);
  }
  while (queue.length) await emit(await queue.shift()!);
}
