/** The `posting-lens` binary: runs the CLI on the real process and sets the exit code. */
import { nodeIo } from './io.ts';
import { run } from './run.ts';

// A closed pipe (`posting-lens extract … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`posting-lens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
