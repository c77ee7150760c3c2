/**
 * `extract --stdin-jsonl`: one JSON object `{"id", "text"}` per input line → one result line per input
 * line, same id, written as soon as it is ready (constant memory per line, back-pressure honoured).
 * A bad line becomes `{"id", "line", "error"}` and the stream goes on. Blank lines are skipped.
 */
import { formatSize } from '../args.ts';
import { extractPosting, type ExtractSettings } from '../engine.ts';
import type { CliWriter } from '../io.ts';
import { readLines } from '../lines.ts';

/** Returns the number of lines that produced an error. */
export async function runStdinJsonl(
  stdin: AsyncIterable<Uint8Array | string>,
  out: CliWriter,
  stderr: CliWriter,
  settings: ExtractSettings,
  maxSize: number,
): Promise<number> {
  let bad = 0;
  // A line holds JSON-escaped text, so allow some headroom over the posting size limit.
  for await (const line of readLines(stdin, maxSize * 2 + 1024)) {
    if (!line.text.trim()) continue;
    const result = processLine(line.text, line.number, line.truncated, settings, maxSize);
    if ('error' in result) {
      bad++;
      await stderr.write(`posting-lens: stdin line ${line.number}${result.id !== null ? ` (id ${result.id})` : ''}: ${result.error}\n`);
    }
    await out.write(JSON.stringify(result) + '\n');
  }
  return bad;
}

type LineResult = ReturnType<typeof extractPosting> | { id: string | null; line: number; error: string };

function processLine(text: string, number: number, truncated: boolean, settings: ExtractSettings, maxSize: number): LineResult {
  const fail = (id: string | null, error: string): LineResult => ({ id, line: number, error });
  if (truncated) return fail(peekId(text), `line is longer than the limit for --max-size ${formatSize(maxSize)}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(peekId(text), `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(null, 'expected an object {"id", "text"}');
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : null;
  if (id === null) return fail(null, rawId === undefined ? 'missing "id"' : '"id" must be a string or a number');
  if (typeof record.text !== 'string') return fail(id, record.text === undefined ? 'missing "text"' : '"text" must be a string');
  if (record.text.length > maxSize) return fail(id, `text is larger than --max-size ${formatSize(maxSize)}`);
  try {
    return extractPosting(id, record.text, undefined, settings);
  } catch (err) {
    return fail(id, `analysis failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}

/** The id of a line that is not valid JSON (or too long to parse), when it starts like `{"id": "…"`. */
function peekId(text: string): string | null {
  const m = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/.exec(text.slice(0, 4096));
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return null;
  }
}
