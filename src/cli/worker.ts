/**
 * A worker thread for `extract --jobs N` (bundled to dist/worker.cjs): builds the same glossary as the
 * main thread from the decoded sources it is given, then analyses the postings it is sent.
 * `check` and `stats` start it with a `kind: 'review'` setup, served by workers.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { oneLine } from './args.ts';
import { extractPosting, type ExtractSettings } from './engine.ts';
import { buildGlossary } from './glossary.ts';
import type { WorkerReply, WorkerSetup, WorkerTask } from './pool.ts';
import type { ReviewSetup } from './review-file.ts';
import { serveReviewWorker } from './workers.ts';

if ((workerData as { kind?: string }).kind === 'review') serveReviewWorker(workerData as ReviewSetup);
else serveExtractWorker(workerData as WorkerSetup);

function serveExtractWorker(setup: WorkerSetup): void {
  const settings: ExtractSettings = {
    glossary: buildGlossary(setup.glossaries),
    inputFormat: setup.inputFormat,
    levels: setup.levels,
    noNoise: setup.noNoise,
  };

  parentPort?.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      reply = { seq: task.seq, ok: true, result: extractPosting(task.id, task.text, task.fileName, settings) };
    } catch (err) {
      reply = { seq: task.seq, ok: false, error: oneLine(err) };
    }
    parentPort!.postMessage(reply);
  });
}
