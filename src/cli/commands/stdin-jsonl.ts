/**
 * `extract --stdin-jsonl`: one JSON object `{"id", "text"}` per input line → one result line per input
 * line, same id, in input order, written as soon as it is ready (bounded memory, back-pressure
 * honoured). A bad line becomes `{"id", "line", "error"}` (also reported on stderr) and the stream goes
 * on. Blank lines are skipped.
 */
import type { PostingJson } from '../../core/format/index.ts';
import { formatSize, oneLine } from '../args.ts';
import type { CliWriter } from '../io.ts';
import { readLines, type InputLine } from '../lines.ts';
import { orderedMap, type Analyzer } from '../pool.ts';

export interface LineError {
  id: string | null;
  line: number;
  error: string;
}

/** Returns the number of lines that produced an error. */
export async function runStdinJsonl(
  stdin: AsyncIterable<Uint8Array | string>,
  out: CliWriter,
  stderr: CliWriter,
  analyzer: Analyzer,
  maxSize: number,
  window: number,
): Promise<number> {
  let bad = 0;
  const process = async (line: InputLine): Promise<PostingJson | LineError | null> => {
    if (!line.text.trim()) return null;
    const record = parseLine(line, maxSize);
    if ('error' in record) return record;
    try {
      return await analyzer.analyze(record.id, record.text, undefined);
    } catch (err) {
      return { id: record.id, line: line.number, error: `analysis failed: ${oneLine(err)}` };
    }
  };
  const emit = async (result: PostingJson | LineError | null): Promise<void> => {
    if (!result) return;
    if ('error' in result) {
      bad++;
      await stderr.write(`posting-lens: stdin line ${result.line}${result.id !== null ? ` (id ${result.id})` : ''}: ${result.error}\n`);
    }
    await out.write(JSON.stringify(result) + '\n');
  };
  // A line holds JSON-escaped text, so allow some headroom over the posting size limit.
  await orderedMap(readLines(stdin, maxSize * 2 + 1024), window, process, emit);
  return bad;
}

/** The id and text of one input line, or why it cannot be used. */
export function parseLine(line: InputLine, maxSize: number): { id: string; text: string } | LineError {
  const fail = (id: string | null, error: string): LineError => ({ id, line: line.number, error });
  if (line.truncated) return fail(peekId(line.text), `line is longer than the limit for --max-size ${formatSize(maxSize)}`);
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (err) {
    return fail(peekId(line.text), `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(null, 'expected an object {"id", "text"}');
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : null;
  if (id === null) return fail(null, rawId === undefined ? 'missing "id"' : '"id" must be a string or a number');
  if (typeof record.text !== 'string') return fail(id, record.text === undefined ? 'missing "text"' : '"text" must be a string');
  if (record.text.length > maxSize) return fail(id, `text is larger than --max-size ${formatSize(maxSize)}`);
  return { id, text: record.text };
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
