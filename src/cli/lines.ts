/** Reads a byte/string stream as lines, decoding UTF-8 across chunk boundaries. */

export interface InputLine {
  /** 1-based line number. */
  number: number;
  text: string;
  /** True when the line was longer than `maxLength` and was cut there (the rest is dropped). */
  truncated: boolean;
}

/**
 * Yields each line without its `\n` / `\r\n`. Memory stays bounded by `maxLength` per line: a longer
 * line is cut and flagged, so one runaway line cannot exhaust memory.
 */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, maxLength = Infinity): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let truncated = false;
  let number = 0;
  /** A `\r` belongs to the line break only before a `\n`; a last line without one keeps it. */
  const take = (line: string, terminated = true): InputLine => {
    const text = terminated && line.endsWith('\r') ? line.slice(0, -1) : line;
    const out = { number: ++number, text, truncated };
    truncated = false;
    return out;
  };
  const feed = function* (chunk: string): Generator<InputLine> {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      if (!truncated) pending += piece;
      if (pending.length > maxLength) {
        pending = pending.slice(0, maxLength);
        truncated = true;
      }
      yield take(pending);
      pending = '';
      start = nl + 1;
    }
    if (!truncated) pending += chunk.slice(start);
    if (pending.length > maxLength) {
      pending = pending.slice(0, maxLength);
      truncated = true;
    }
  };
  for await (const chunk of stream) {
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* feed(decoder.decode());
  if (pending.length || truncated) yield take(pending, false);
}

/** Reads a whole stream into bytes, giving up (returning null) past `maxBytes`. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const encoder = new TextEncoder();
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) return null;
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
