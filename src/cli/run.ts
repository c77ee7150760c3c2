/**
 * The CLI as a function: `run(argv, io)` returns the exit code and never calls `process.exit`, so it
 * runs in-process in tests. Every error ends as one line on stderr and exit code 2 — no stack traces.
 */
import { oneLine, UsageError } from './args.ts';
import { runCheck } from './commands/check.ts';
import { runDefine } from './commands/define.ts';
import { runDiff } from './commands/diff.ts';
import { runExtract } from './commands/extract.ts';
import { runStats } from './commands/stats.ts';
import { MAIN_HELP } from './help.ts';
import type { CliIo } from './io.ts';
import pkg from '../../package.json';

export type { CliIo } from './io.ts';

export const VERSION: string = pkg.version;

const COMMANDS: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  extract: runExtract,
  define: runDefine,
  check: runCheck,
  stats: runStats,
  diff: runDiff,
};

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return await COMMANDS[rest[0]]!(['--help'], io);
      // No command at all is a usage error: the help goes to stderr and the exit code says so.
      await (first === undefined ? io.stderr : io.stdout).write(MAIN_HELP);
      return first === undefined ? 2 : 0;
    }
    if (first === '-v' || first === '--version') {
      await io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
      throw new UsageError(`${what} (commands: ${Object.keys(COMMANDS).join(', ')}; see posting-lens --help)`);
    }
    return await command(rest, io);
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `internal error: ${oneLine(err)}`;
    try {
      await io.stderr.write(`posting-lens: ${message}\n`);
    } catch {
      // stderr is gone too; the exit code still tells.
    }
    return 2;
  }
}
