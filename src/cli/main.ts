/** The `posting-lens` binary: runs the CLI on the real process and sets the exit code. */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { nodeIo } from './io.ts';
import { run } from './run.ts';

/** dist/worker.cjs, next to this bundle (through the npm bin symlink), for `extract --jobs`. */
function findWorker(): string | undefined {
  try {
    const script = path.join(path.dirname(realpathSync(process.argv[1]!)), 'worker.cjs');
    return existsSync(script) ? script : undefined;
  } catch {
    return undefined;
  }
}

// A closed pipe (`posting-lens extract … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), nodeIo(findWorker())).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`posting-lens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
