/**
 * Reading one posting for any command: a file (stat first, so a directory or an oversized file is
 * refused without reading it) or stdin, decoded; or a one-line reason it cannot be analysed.
 */
import { formatSize } from './args.ts';
import { decodePosting } from './decode.ts';
import { describeFsError } from './inputs.ts';
import type { CliFs, CliIo } from './io.ts';
import { readAll } from './lines.ts';

/** The decoded text of a posting file, or a one-line reason it cannot be read. */
export async function readPostingFile(file: string, fs: Pick<CliFs, 'stat' | 'readFile'>, maxSize: number): Promise<{ text: string; encoding: string } | { error: string }> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { error: 'is a directory' };
    if (stat.size > maxSize) return { error: `${formatSize(stat.size)} is larger than --max-size ${formatSize(maxSize)}, skipped` };
    const decoded = decodePosting(await fs.readFile(file));
    return decoded.ok ? { text: decoded.text, encoding: decoded.encoding } : { error: `${decoded.reason}, skipped` };
  } catch (err) {
    return { error: describeFsError(err as NodeJS.ErrnoException) };
  }
}

/** The decoded posting on stdin, or a one-line reason it cannot be read. */
export async function readStdinPosting(io: Pick<CliIo, 'stdin'>, maxSize: number): Promise<string | { error: string }> {
  const bytes = await readAll(io.stdin, maxSize);
  if (!bytes) return { error: `stdin is larger than --max-size ${formatSize(maxSize)}, skipped` };
  const decoded = decodePosting(bytes);
  return decoded.ok ? decoded.text : { error: `${decoded.reason}, skipped` };
}
