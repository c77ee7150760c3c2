import type { Span } from './types.ts';
import { splitParagraphs } from './normalize.ts';
import { textEdit } from './edit.ts';

/**
 * Which of a fixed set of ASCII words a text contains, ignoring case, in one pass over the text: an
 * Aho–Corasick automaton with a complete transition table over the 128 ASCII codes. The gates that
 * let finders skip their regexes (`requirements/context.ts`, `foreign.ts`) ask many words of each
 * posting; most are absent, and a substring search per absent word reads the whole posting each time.
 */
export interface AsciiWords {
  readonly words: readonly string[];
  /**
   * `next[row + code]`: the row of the state after an ASCII code (lower case), where a state's row is
   * its number times 128.
   */
  readonly next: Int32Array;
  /** The words that end at each state (its own and those of its suffix states), by state number. */
  readonly ends: readonly (readonly number[] | null)[];
  /** 1 for the states where a word ends. */
  readonly final: Uint8Array;
  /** For a non-ASCII code unit that is looked for itself: 1 + its index in the answer after the words; else 0. */
  readonly characters: Uint16Array | null;
}

const LOWER_ASCII = /^[\x00-\x40\x5b-\x7f]+$/;

/** Can the automaton hold this word (non-empty, ASCII, no capitals)? */
export const isAsciiWord = (word: string): boolean => LOWER_ASCII.test(word);

/** Can the automaton find this character as written (one non-ASCII code unit that lower-casing leaves non-ASCII)? */
const isFindableCharacter = (ch: string): boolean => ch.length === 1 && ch.charCodeAt(0) >= 0x80 && ch !== '\u0130' && ch !== '\u212a';

/**
 * Compiles lower-case ASCII words (an empty or non-ASCII word throws: callers search those directly),
 * and non-ASCII characters to be found exactly as they are written (their answers follow the words').
 */
export function compileAsciiWords(words: readonly string[], characters: readonly string[] = []): AsciiWords {
  const children: Map<number, number>[] = [new Map()];
  const ends: (number[] | null)[] = [null];
  words.forEach((word, w) => {
    if (!isAsciiWord(word)) throw new Error(`not a lower-case ASCII word: ${JSON.stringify(word)}`);
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let to = children[state]!.get(code);
      if (to === undefined) {
        to = children.length;
        children.push(new Map());
        ends.push(null);
        children[state]!.set(code, to);
      }
      state = to;
    }
    (ends[state] ??= []).push(w);
  });
  const next = new Int32Array(children.length * 128);
  const fail = new Int32Array(children.length);
  // Breadth first: a state's failure state and its row are complete before its children need them.
  const queue: number[] = [];
  for (const [code, to] of children[0]!) {
    next[code] = to;
    queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    if (ends[f]) ends[state] = [...(ends[state] ?? []), ...ends[f]!];
    for (let code = 0; code < 128; code++) next[state * 128 + code] = next[f * 128 + code]!;
    for (const [code, to] of children[state]!) {
      fail[to] = next[f * 128 + code]!;
      next[state * 128 + code] = to;
      queue.push(to);
    }
  }
  const final = new Uint8Array(children.length);
  for (let state = 0; state < children.length; state++) {
    if (ends[state]) final[state] = 1;
    for (let i = state * 128; i < (state + 1) * 128; i++) next[i] = next[i]! * 128;
  }
  let table: Uint16Array | null = null;
  characters.forEach((ch, k) => {
    if (!isFindableCharacter(ch)) throw new Error(`not a single non-ASCII character: ${JSON.stringify(ch)}`);
    (table ??= new Uint16Array(0x10000))[ch.charCodeAt(0)] = words.length + k + 1;
  });
  return { words, next, ends, final, characters: table };
}

/**
 * Which of the words `text.toLowerCase()` contains, by index. Lower-casing turns only two non-ASCII
 * characters into ASCII: KELVIN SIGN into "k", and "İ" into "i" followed by a combining dot (which
 * no ASCII word contains). Every other non-ASCII character stays non-ASCII and ends any word in
 * progress. Reads `text[from, to)`. Each word found is marked in `also` too, when given.
 */
export function asciiWordsIn(automaton: AsciiWords, text: string, size = automaton.words.length, from = 0, to = text.length, also?: Uint8Array): Uint8Array {
  const found = new Uint8Array(size);
  const { next, ends, final, characters } = automaton;
  let row = 0;
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      if (code === 0x212a) code = 107;
      else if (code === 0x130) code = 105;
      else {
        if (characters !== null && characters[code] !== 0) {
          found[characters[code]! - 1] = 1;
          if (also) also[characters[code]! - 1] = 1;
        }
        row = 0;
        continue;
      }
    }
    row = next[row + code]!;
    if (final[row >> 7] === 1) {
      for (const w of ends[row >> 7]!) found[w] = 1;
      if (also) for (const w of ends[row >> 7]!) also[w] = 1;
    }
    if (code === 105 && text.charCodeAt(i) === 0x130) row = 0;
  }
  return found;
}

/**
 * One registry of words for the whole engine: the gates of the requirement finders and of the
 * other-language patterns register their words at load time, and a posting is scanned once for all
 * of them (remembered for the last text scanned: a posting's finders ask one after another).
 */
const REGISTRY: { words: string[]; characters: string[]; index: Map<string, number>; automaton: AsciiWords | null } = { words: [], characters: [], index: new Map(), automaton: null };
let lastText: string | undefined;
let last: ParagraphWords = { whole: new Uint8Array(0), paragraphs: [], words: [] };

/**
 * Registers a lower-case ASCII word, or a single non-ASCII character (found as written, in any
 * case only if both cases are registered), and returns its key in `registeredWordsByParagraph`'s answers.
 */
export function registerWord(word: string): number {
  let key = REGISTRY.index.get(word);
  if (key === undefined) {
    const character = word.length === 1 && word.charCodeAt(0) >= 0x80;
    if (character ? !isFindableCharacter(word) : !isAsciiWord(word)) throw new Error(`cannot be found in one pass: ${JSON.stringify(word)}`);
    key = REGISTRY.index.size;
    REGISTRY.index.set(word, key);
    (character ? REGISTRY.characters : REGISTRY.words).push(word);
    REGISTRY.automaton = null;
  }
  return key;
}

/** Which registered words `text.toLowerCase()` contains, by key: in the whole text and in each of its paragraphs (`splitParagraphs`). */
export interface ParagraphWords {
  readonly whole: Uint8Array;
  readonly paragraphs: readonly Span[];
  /** By paragraph, in the order of `paragraphs`. */
  readonly words: readonly Uint8Array[];
}

/**
 * The registered words of each paragraph, in one pass over the text (remembered for the last text).
 * No word holds a line break, and all between paragraphs is blank, so the whole text's words are
 * those of its paragraphs together. A paragraph that the last text had at the same place, before or
 * after the one region where the two differ (an edit), keeps the words found in it then.
 */
export function registeredWordsByParagraph(text: string): ParagraphWords {
  const size = REGISTRY.index.size;
  if (text === lastText && last.whole.length === size) return last;
  if (!REGISTRY.automaton) {
    // Keys are given in registration order, words and characters mixed; a compiled automaton answers
    // the words first, then the characters: its answers are renumbered as keys once per compilation.
    const compiled = compileAsciiWords(REGISTRY.words, REGISTRY.characters);
    const key = [...REGISTRY.words, ...REGISTRY.characters].map((w) => REGISTRY.index.get(w)!);
    const characters = compiled.characters?.map((a) => (a === 0 ? 0 : key[a - 1]! + 1)) ?? null;
    REGISTRY.automaton = { ...compiled, ends: compiled.ends.map((e) => e && e.map((w) => key[w]!)), characters };
  }
  const automaton = REGISTRY.automaton;
  const whole = new Uint8Array(size);
  const paragraphs = splitParagraphs(text);
  const earlier = lastText !== undefined && last.whole.length === size ? unchangedParagraphs(lastText, text, last) : null;
  const words = paragraphs.map((p) => {
    const kept = earlier?.(p);
    if (!kept) return asciiWordsIn(automaton, text, size, p.start, p.end, whole);
    for (let k = 0; k < size; k++) whole[k] |= kept[k]!;
    return kept;
  });
  last = { whole, paragraphs, words };
  lastText = text;
  return last;
}

/**
 * The words the last text's paragraph at the same place found, for a paragraph of `text` that lies
 * wholly (with the characters on either side) in the part `before` and `text` share before or after
 * the region where they differ; undefined for any other.
 */
function unchangedParagraphs(before: string, text: string, earlier: ParagraphWords): ((p: Span) => Uint8Array | undefined) | null {
  const edit = textEdit(before, text);
  if (!edit || (edit.start === 0 && edit.oldEnd === before.length)) return null;
  const moved = edit.newEnd - edit.oldEnd;
  const byStart = new Map<number, number>();
  earlier.paragraphs.forEach((p, i) => byStart.set(p.start, i));
  return (p) => {
    const shift = p.end < edit.start ? 0 : p.start > edit.newEnd ? moved : null;
    if (shift === null) return undefined;
    const i = byStart.get(p.start - shift);
    return i !== undefined && earlier.paragraphs[i]!.end === p.end - shift ? earlier.words[i] : undefined;
  };
}
