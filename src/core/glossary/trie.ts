import { BREAK, CLASS_TABLE, FOLD_TABLE, OTHER, SKIP, SPACE, WORD, charClass, foldCode } from './chars.ts';

/**
 * A trie of case-folded keys in one dense transition table, walked from every place a name can
 * start: the first character of a word, or a symbol that begins some key (`.NET`). A walk stops at
 * the first character no key continues with, so the inside of ordinary words is never looked at
 * twice: each character is read about once, and never more than the longest key's length times — linear in
 * the text for a given glossary, with no per-term regular expression.
 */
export interface Trie {
  /** `states × alphabetSize` child states, 0 for none (the root is no one's child). */
  readonly next: Uint16Array | Uint32Array;
  readonly alphabetSize: number;
  /** Folded code unit → alphabet index (0 for code units that occur in no key, or only rarely). */
  readonly alphabet: Uint16Array;
  /** Key ending at a state, or -1. */
  readonly output: Int32Array;
  /** Code units that occur in few keys (CJK, Hangul, most accented letters): 1 where `rare` has their moves. */
  readonly rareUnits: Uint8Array;
  /** Moves on rare code units: `state * 0x10000 + unit` → child state. */
  readonly rare: Map<number, number>;
}

/**
 * Code units used by fewer keys than this get no column of their own in the dense table: a glossary
 * with names in many scripts would otherwise multiply the table's width (and its cache misses) by the
 * size of every alphabet, for the few walks that ever read those columns.
 */
const MIN_DENSE_KEYS = 8;

export function buildTrie(keys: readonly string[]): Trie {
  const uses = new Map<number, number>();
  let size = 1;
  for (const key of keys) {
    size += key.length;
    const seen = new Set<number>();
    for (let i = 0; i < key.length; i++) seen.add(key.charCodeAt(i));
    for (const c of seen) uses.set(c, (uses.get(c) ?? 0) + 1);
  }
  const alphabet = new Uint16Array(0x10000);
  const rareUnits = new Uint8Array(0x10000);
  let alphabetSize = 1;
  for (const [c, n] of uses) {
    // ASCII always gets a column: it is what nearly every walk reads.
    if (n >= MIN_DENSE_KEYS || c < 0x80) alphabet[c] = alphabetSize++;
    else rareUnits[c] = 1;
  }

  const next = new Uint32Array(size * alphabetSize);
  const output = new Int32Array(size).fill(-1);
  const rare = new Map<number, number>();
  let states = 1;
  keys.forEach((key, k) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const a = alphabet[c]!;
      if (a === 0) {
        const slot = node * 0x10000 + c;
        let child = rare.get(slot);
        if (child === undefined) rare.set(slot, (child = states++));
        node = child;
        continue;
      }
      const slot = node * alphabetSize + a;
      let child = next[slot]!;
      if (child === 0) child = next[slot] = states++;
      node = child;
    }
    if (output[node]! < 0) output[node] = k;
  });
  // Half the memory (and half the cache misses of a walk) when the states fit in 16 bits.
  const used = next.subarray(0, states * alphabetSize);
  return { next: states <= 0xffff ? Uint16Array.from(used) : used.slice(), alphabetSize, alphabet, output: output.slice(0, states), rareUnits, rare };
}

/**
 * Calls `onMatch(key, start, end)` for every key that occurs in `text[from, to)` starting where a
 * name may start, with ORIGINAL offsets (end exclusive). The text is folded on the fly: case folded,
 * whitespace runs and hyphens read as one space, invisible characters skipped; a line break ends
 * every key, so no name spans two lines.
 */
export function scanText(trie: Trie, text: string, from: number, to: number, onMatch: (key: number, start: number, end: number) => void): void {
  const { next, alphabet, alphabetSize, output, rareUnits, rare } = trie;
  const classes = CLASS_TABLE;
  const folds = FOLD_TABLE;
  const [word, space, break_, skip, other] = [WORD, SPACE, BREAK, SKIP, OTHER];
  let prevWord = from > 0 && charClass(text.charCodeAt(from - 1)) === word;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = classes[c] || charClass(c);
    if (k === skip) continue;
    const isWord = k === word;
    if ((isWord && prevWord) || (k !== word && k !== other)) {
      prevWord = isWord;
      continue;
    }
    prevWord = isWord;
    // Walk the trie from i.
    let state = 0;
    let inSpace = false;
    for (let j = i; j < to; j++) {
      const d = text.charCodeAt(j);
      const dk = classes[d] || charClass(d);
      let f: number;
      if (dk === skip) continue;
      if (dk === break_) break;
      if (dk === space) {
        if (inSpace) continue;
        inSpace = true;
        f = 0x20;
      } else {
        inSpace = false;
        f = folds[d] || foldCode(d);
      }
      const a = alphabet[f]!;
      if (a !== 0) state = next[state * alphabetSize + a]!;
      else if (rareUnits[f] === 1) state = rare.get(state * 0x10000 + f) ?? 0;
      else break;
      if (state === 0) break;
      const key = output[state]!;
      if (key >= 0) onMatch(key, i, j + 1);
    }
  }
}
