/**
 * The worker threads behind `extract --jobs` (pool.ts) and `check` / `stats` (workers.ts). Each
 * request carries a number and goes to the live thread with the fewest requests pending; the reply
 * with that number settles it. A thread that crashes or exits rejects what it still owed, and later
 * requests go to the others (with none left, they fail with its error).
 */
import { Worker } from 'node:worker_threads';

export interface ThreadSlot<R> {
  readonly worker: Worker;
  /** Why the thread is gone (crashed or exited), or null while it runs. */
  dead: Error | null;
  readonly pending: Map<number, { resolve(value: R): void; reject(error: Error): void }>;
}

/** What a thread's message means to the pool. */
export interface ThreadProtocol<M, R> {
  /** The request a message answers (its value, or the error it failed with); null for any other message. */
  answer(message: M): { key: number; value: R } | { key: number; error: Error } | null;
  /** A message that answers no request (e.g. statistics sent on demand). */
  other?(slot: ThreadSlot<R>, message: M): void;
  /** A thread has just died (its pending requests are already rejected). */
  died?(slot: ThreadSlot<R>): void;
}

export interface WorkerThreads<R> {
  readonly slots: readonly ThreadSlot<R>[];
  /** Sends `message` to the least busy live thread; resolves with the value of the reply numbered `key`. */
  request(key: number, message: unknown): Promise<R>;
  close(): Promise<void>;
}

export function startThreads<M, R>(script: string, size: number, workerData: unknown, protocol: ThreadProtocol<M, R>): WorkerThreads<R> {
  let lastError = new Error('no worker threads');
  const slots: ThreadSlot<R>[] = Array.from({ length: size }, () => {
    const slot: ThreadSlot<R> = { worker: new Worker(script, { workerData }), dead: null, pending: new Map() };
    const fail = (error: Error): void => {
      slot.dead ??= error;
      lastError = slot.dead;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      protocol.died?.(slot);
    };
    slot.worker.on('message', (message: M) => {
      const answer = protocol.answer(message);
      if (!answer) return protocol.other?.(slot, message);
      const p = slot.pending.get(answer.key);
      slot.pending.delete(answer.key);
      if ('error' in answer) p?.reject(answer.error);
      else p?.resolve(answer.value);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`worker stopped (exit code ${code})`)));
    return slot;
  });
  return {
    slots,
    request(key, message) {
      const alive = slots.filter((s) => !s.dead);
      if (!alive.length) return Promise.reject(lastError);
      const slot = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise<R>((resolve, reject) => {
        slot.pending.set(key, { resolve, reject });
        slot.worker.postMessage(message);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
