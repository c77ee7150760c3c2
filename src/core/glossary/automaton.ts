import { BREAK, SKIP, SPACE, charClass, foldCode } from './chars.ts';

/**
 * An Aho–Corasick automaton over case-folded text, compiled into a dense DFA table: one array
 * read per input code unit, whatever the number of patterns. Keys come from `normalizeKey`.
 */
export interface Automaton {
  /** Number of states × alphabet size transitions. */
  readonly delta: Int32Array;
  readonly alphabetSize: number;
  /** Code unit → alphabet index (0 for code units that occur in no key). */
  readonly alphabet: Uint16Array;
  /** Key index ending at a state, or -1. */
  readonly output: Int32Array;
  /** The nearest proper suffix state that has an output, or -1. */
  readonly dictLink: Int32Array;
  /** Length of each key in folded code units. */
  readonly keyLength: Int32Array;
  readonly maxKeyLength: number;
}

export function buildAutomaton(keys: readonly string[]): Automaton {
  const alphabet = new Uint16Array(0x10000);
  let alphabetSize = 1;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (alphabet[c] === 0) alphabet[c] = alphabetSize++;
    }
  }

  // The trie, with children in Maps while it grows.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[] = [-1];
  const keyLength = new Int32Array(keys.length);
  let maxKeyLength = 0;
  keys.forEach((key, k) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const a = alphabet[key.charCodeAt(i)]!;
      let next = children[node]!.get(a);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push(-1);
        children[node]!.set(a, next);
      }
      node = next;
    }
    if (outputs[node] === -1) outputs[node] = k;
    keyLength[k] = key.length;
    maxKeyLength = Math.max(maxKeyLength, key.length);
  });

  const states = children.length;
  const delta = new Int32Array(states * alphabetSize);
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  const output = Int32Array.from(outputs);

  // Breadth-first: every state's failure state is complete before its children are visited.
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (const [a, child] of children[0]!) {
    delta[a] = child;
    queue[tail++] = child;
  }
  while (head < tail) {
    const node = queue[head++]!;
    const f = fail[node]!;
    dictLink[node] = output[f]! >= 0 ? f : dictLink[f]!;
    const row = node * alphabetSize;
    const failRow = f * alphabetSize;
    for (let a = 0; a < alphabetSize; a++) delta[row + a] = delta[failRow + a]!;
    for (const [a, child] of children[node]!) {
      fail[child] = delta[failRow + a]!;
      delta[row + a] = child;
      queue[tail++] = child;
    }
  }

  return { delta, alphabetSize, alphabet, output, dictLink, keyLength, maxKeyLength };
}

/**
 * Runs the automaton over `text[from, to)`, folding on the fly, and calls `onMatch(key, start, end)`
 * for every key occurrence with ORIGINAL offsets (end exclusive). Whitespace runs (and hyphens) act
 * as one space; a line break resets the automaton, so no key spans two lines.
 */
export function scanText(
  automaton: Automaton,
  text: string,
  from: number,
  to: number,
  onMatch: (key: number, start: number, end: number) => void,
): void {
  const { delta, alphabet, alphabetSize, output, dictLink, keyLength } = automaton;
  let size = 2;
  while (size <= automaton.maxKeyLength) size <<= 1;
  const mask = size - 1;
  /** Original offset of the last `size` folded code units. */
  const ring = new Int32Array(size);
  let pos = 0;
  let state = 0;
  let space = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    const k = charClass(c);
    if (k === SPACE) {
      if (space) continue;
      space = true;
      f = 0x20;
    } else if (k === BREAK) {
      state = 0;
      space = true;
      continue;
    } else if (k === SKIP) {
      continue;
    } else {
      space = false;
      f = foldCode(c);
    }
    pos = (pos + 1) & mask;
    ring[pos] = i;
    state = delta[state * alphabetSize + alphabet[f]!]!;
    let s = output[state]! >= 0 ? state : dictLink[state]!;
    while (s >= 0) {
      const key = output[s]!;
      onMatch(key, ring[(pos - keyLength[key]! + 1) & mask]!, i + 1);
      s = dictLink[s]!;
    }
  }
}
