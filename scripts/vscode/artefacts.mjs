// What a failed run leaves behind in .test-results/<suite>/: a screenshot of the page, the test
// output and the tail of the server log.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resultsDir, root } from './paths.mjs';

export function resultsFolder(suite, { clean = true } = {}) {
  const dir = path.join(resultsDir, suite);
  if (clean) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Saves what helps to understand a failure; never throws (the failure itself matters more). */
export async function saveFailure(dir, { page, output, server }) {
  const saved = [];
  const tryTo = async (name, fn) => {
    try {
      await fn(path.join(dir, name));
      saved.push(name);
    } catch {
      /* best effort */
    }
  };
  if (page) await tryTo('failure.png', (file) => page.screenshot({ path: file, timeout: 10_000 }));
  if (output) await tryTo('output.txt', (file) => writeFileSync(file, output));
  if (server) await tryTo('server-log-tail.txt', (file) => writeFileSync(file, server.logTail(200)));
  if (saved.length) console.error(`Saved for the failure: ${saved.map((s) => path.relative(root, path.join(dir, s))).join(', ')}`);
}
