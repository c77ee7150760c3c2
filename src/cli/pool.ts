/**
 * Parallel analysis for `extract --jobs N`: a small pool of worker threads, and `orderedMap`, which
 * keeps a bounded number of tasks in flight and emits results in input order (so output is the same
 * as a sequential run, streaming and with bounded memory).
 */
import { Worker } from 'node:worker_threads';
import type { PostingJson } from '../core/format/index.ts';
import type { ExtractSettings } from './engine.ts';
import type { GlossarySource } from './glossary.ts';

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

interface Pending {
  resolve(result: PostingJson): void;
  reject(error: Error): void;
}

export function createWorkerPool(script: string, size: number, setup: WorkerSetup): Analyzer {
  let seq = 0;
  let lastError = new Error('no worker threads');
  const slots = Array.from({ length: size }, () => {
    const worker = new Worker(script, { workerData: setup });
    const slot = { worker, pending: new Map<number, Pending>(), dead: false };
    const fail = (error: Error): void => {
      slot.dead = true;
      lastError = error;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      if (reply.ok) p?.resolve(reply.result);
      else p?.reject(new Error(reply.error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker stopped (exit code ${code})`)));
    return slot;
  });
  return {
    analyze(id, text, fileName) {
      const alive = slots.filter((s) => !s.dead);
      if (!alive.length) return Promise.reject(lastError);
      const slot = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const task: WorkerTask = { seq: seq++, id, text, fileName };
      return new Promise<PostingJson>((resolve, reject) => {
        slot.pending.set(task.seq, { resolve, reject });
        slot.worker.postMessage(task);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
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
