/**
 * What one document's last two analyses computed, by key: the editor's memo for work that depends
 * only on its key (a paragraph's text, a sentence's text). An analysis starts a generation; a value
 * it does not use again is dropped with the previous generation, so the memo never outgrows the two
 * versions of the document.
 */
export interface Generations<K, V> {
  previous: Map<K, V>;
  current: Map<K, V>;
}

export function createGenerations<K, V>(): Generations<K, V> {
  return { previous: new Map(), current: new Map() };
}

/** Starts an analysis: the last one's values become the previous generation. */
export function nextGeneration<K, V>(memo: Generations<K, V>): void {
  memo.previous = memo.current;
  memo.current = new Map();
}

/** The value kept for `key` by this analysis or the previous one, else `compute()`; kept for the next. */
export function recall<K, V>(memo: Generations<K, V>, key: K, compute: () => V): V {
  let value = memo.current.get(key) ?? memo.previous.get(key);
  if (value === undefined) value = compute();
  memo.current.set(key, value);
  return value;
}
