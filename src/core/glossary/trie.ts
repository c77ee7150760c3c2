import { BREAK, CLASS_TABLE, FOLD_TABLE, OTHER, SKIP, SPACE, WORD, charClass, foldCode } from './chars.ts';

/**
 * A trie of case-folded keys in one dense transition table, walked from every place a name can
 * start: the first character of a word, or a symbol that begins some key (`.NET`). A walk stops at
 * the first character no key continues with, so the inside of ordinary words is never looked at
 * twice: each character is read about once, and never more than the longest key's length times — linear in
 * the text for a given glossary, with no per-term regular expression.
 */
export interface Trie {
  /** `states × alphabetSize` child states, -1 for none. */
  readonly next: Int32Array;
  readonly alphabetSize: number;
  /** Folded code unit → alphabet index (0 for code units that occur in no key). */
  readonly alphabet: Uint16Array;
  /** Key ending at a state, or -1. */
  readonly output: Int32Array;
}

export function buildTrie(keys: readonly string[]): Trie {
  const alphabet = new Uint16Array(0x10000);
  let alphabetSize = 1;
  let size = 1;
  for (const key of keys) {
    size += key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (alphabet[c] === 0) alphabet[c] = alphabetSize++;
    }
  }

  let next = new Int32Array(size * alphabetSize).fill(-1);
  const output = new Int32Array(size).fill(-1);
  let states = 1;
  keys.forEach((key, k) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = node * alphabetSize + alphabet[key.charCodeAt(i)]!;
      let child = next[slot]!;
      if (child < 0) child = next[slot] = states++;
      node = child;
    }
    if (output[node]! < 0) output[node] = k;
  });
  next = next.slice(0, states * alphabetSize);
  return { next, alphabetSize, alphabet, output: output.slice(0, states) };
}

/**
 * Calls `onMatch(key, start, end)` for every key that occurs in `text[from, to)` starting where a
 * name may start, with ORIGINAL offsets (end exclusive). The text is folded on the fly: case folded,
 * whitespace runs and hyphens read as one space, invisible characters skipped; a line break ends
 * every key, so no name spans two lines.
 */
export function scanText(trie: Trie, text: string, from: number, to: number, onMatch: (key: number, start: number, end: number) => void): void {
  const { next, alphabet, alphabetSize, output } = trie;
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
      if (a === 0) break;
      state = next[state * alphabetSize + a]!;
      if (state < 0) break;
      const key = output[state]!;
      if (key >= 0) onMatch(key, i, j + 1);
    }
  }
}
