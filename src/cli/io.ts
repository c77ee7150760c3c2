/**
 * Everything the CLI touches outside itself, behind one small interface, so `run(argv, io)` can be
 * tested in-process with buffers and a fake stdin. `nodeIo()` wires it to the real process.
 */
import { promises as fsp } from 'node:fs';

export interface CliWriter {
  /** Resolves when the text is handed off (honours back-pressure on real streams). */
  write(text: string): void | Promise<void>;
  /** True when the writer is an interactive terminal (colours, widths). */
  readonly isTTY?: boolean;
  /** Terminal width when known. */
  readonly columns?: number;
}

export interface CliStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
}

export interface CliDirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface CliFs {
  stat(path: string): Promise<CliStat>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<CliDirent[]>;
  writeFile(path: string, text: string): Promise<void>;
}

export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  /** Raw stdin chunks. */
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are resolved against this directory. */
  cwd: string;
  fs: CliFs;
  /**
   * The worker-thread script for `extract --jobs` (dist/worker.cjs next to the binary). Without it,
   * `--jobs` runs everything on the main thread.
   */
  workerScript?: string;
}

export const nodeFs: CliFs = {
  stat: (p) => fsp.stat(p),
  readFile: (p) => fsp.readFile(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  writeFile: (p, text) => fsp.writeFile(p, text, 'utf8'),
};

/** A writer over a Node stream that waits for 'drain' when the stream's buffer is full. */
export function streamWriter(stream: NodeJS.WriteStream): CliWriter {
  return {
    get isTTY() {
      return !!stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write(text: string): void | Promise<void> {
      if (stream.write(text)) return;
      return new Promise((resolve, reject) => {
        const done = (err?: Error): void => {
          stream.off('drain', done);
          stream.off('error', done);
          if (err) reject(err);
          else resolve();
        };
        stream.once('drain', done);
        stream.once('error', done);
      });
    },
  };
}

export function nodeIo(workerScript?: string): CliIo {
  return {
    ...(workerScript ? { workerScript } : {}),
    stdout: streamWriter(process.stdout),
    stderr: streamWriter(process.stderr),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    fs: nodeFs,
  };
}
