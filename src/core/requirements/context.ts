import type { Level, Section, SectionKind, Span } from '../types.ts';
import { createLevelReader, type LevelContext } from '../levels.ts';

/** What every requirement finder gets: the text, its sections, and a way to name skills in a span. */
export interface RequirementContext {
  text: string;
  sections: readonly Section[];
  /** Glossary ids of the skills mentioned inside a span (none when no glossary is at hand). */
  skillIdsIn: (span: Span) => string[];
  /** The posting's title, when known. */
  title: string | null;
  /** Levels of spans in this text (reuses the sentence of the previous span when it can). */
  levelOf: (span: Span) => LevelContext;
  /** Does the lower-cased text contain `word` (lower case)? All hint words are answered by one scan of the text. */
  contains: (word: string) => boolean;
}

export function createContext(text: string, sections: readonly Section[] = [], options: Partial<Pick<RequirementContext, 'skillIdsIn' | 'title'>> = {}): RequirementContext {
  let found: Uint8Array | undefined;
  let lower: string | undefined;
  const contains = (word: string): boolean => {
    const index = HINT_WORDS.index.get(word);
    if (index !== undefined) {
      // Words registered after the scan (hints are built at load time, so only in tests) scan again.
      if (!found || index >= found.length) found = hintWordsIn(text);
      return found[index] === 1;
    }
    return (lower ??= text.toLowerCase()).includes(word);
  };
  return { text, sections, skillIdsIn: options.skillIdsIn ?? (() => []), title: options.title ?? null, levelOf: createLevelReader(text, sections), contains };
}

/**
 * A hint: the words one of which every match of a finder's regex contains, compared case-insensitively.
 * Each word is looked up once per posting, in a lower-cased copy, with a plain substring search: several
 * finders share words ("degree", "grad"), and a substring search skips through a posting many times
 * faster than a regex tries it.
 */
export interface Hint {
  readonly words: readonly string[];
  /** Does `text` contain one of the words (ignoring case)? */
  test(text: string): boolean;
}

export function hint(...words: string[]): Hint {
  const lower = words.map((w) => w.toLowerCase());
  for (const w of lower) registerHintWord(w);
  return {
    words: lower,
    test: (text) => {
      const folded = text.toLowerCase();
      return lower.some((w) => folded.includes(w));
    },
  };
}

/**
 * The hint words, gathered as the finders' modules build their hints. A posting is scanned once for
 * all of them (an Aho–Corasick automaton over lower-cased ASCII), instead of once per word: most
 * hint words are absent from most postings, and each absent word cost a full substring search.
 */
const HINT_WORDS: { words: string[]; index: Map<string, number>; automaton: HintAutomaton | null } = { words: [], index: new Map(), automaton: null };

interface HintAutomaton {
  /**
   * `next[row + code]`: the row of the state after an ASCII code, where a state's row is its number
   * times 128 (a complete transition table).
   */
  next: Int32Array;
  /** The words that end at each state (its own and those of its suffix states), by row / 128. */
  ends: (number[] | null)[];
  /** 1 for the states where a word ends. */
  final: Uint8Array;
}

function registerHintWord(word: string): void {
  // Only non-empty ASCII words go into the automaton; any other word is searched for directly.
  if (!word || HINT_WORDS.index.has(word) || !/^[\x00-\x7f]+$/.test(word)) return;
  HINT_WORDS.index.set(word, HINT_WORDS.words.length);
  HINT_WORDS.words.push(word);
  HINT_WORDS.automaton = null;
}

function buildHintAutomaton(words: readonly string[]): HintAutomaton {
  const children: Map<number, number>[] = [new Map()];
  const ends: (number[] | null)[] = [null];
  words.forEach((word, w) => {
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
  // Breadth first: a state's failure state and row are complete before its children need them.
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
  return { next, ends, final };
}

/**
 * Which hint words `text.toLowerCase()` contains, by index, in one pass over `text`. Lower-casing
 * turns only two non-ASCII characters into ASCII: KELVIN SIGN into "k", and "İ" into "i" followed
 * by a combining dot (which no ASCII word contains). Every other non-ASCII character stays
 * non-ASCII, so it ends any word in progress.
 */
function hintWordsIn(text: string): Uint8Array {
  const { next, ends, final } = (HINT_WORDS.automaton ??= buildHintAutomaton(HINT_WORDS.words));
  const found = new Uint8Array(HINT_WORDS.words.length);
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      if (code === 0x212a) code = 107;
      else if (code === 0x130) code = 105;
      else {
        row = 0;
        continue;
      }
    }
    row = next[row + code]!;
    if (final[row >> 7] === 1) for (const w of ends[row >> 7]!) found[w] = 1;
    if (code === 105 && text.charCodeAt(i) === 0x130) row = 0;
  }
  return found;
}

/**
 * Can a finder's regex match in the text? Each finder runs its regexes over the whole posting;
 * most postings say nothing about visas, pay or doctorates. Only a necessary condition: when it
 * holds, the finder's regex still decides. A regex hint is for conditions a word list cannot say.
 */
export function mayMatch(ctx: RequirementContext, hints: Hint | RegExp | null): boolean {
  if (!hints) return true;
  if (hints instanceof RegExp) return hints.test(ctx.text);
  return hints.words.some(ctx.contains);
}

export function contextAt(ctx: RequirementContext, span: Span): LevelContext {
  return ctx.levelOf(span);
}

/** True when the span sits in a section of one of these kinds (at any depth). */
export function inKinds(level: LevelContext, kinds: readonly SectionKind[]): boolean {
  return level.path.some((s) => kinds.includes(s.kind));
}

export function inNoise(level: LevelContext): boolean {
  return inKinds(level, ['noise']);
}

/**
 * The level of a statement that only makes sense as a requirement (years of experience, a degree,
 * a language): in unlabelled text, or under a heading no one classified, it counts as required.
 */
export function requirementLevel(level: LevelContext): Level {
  if (level.level === 'mentioned' && (level.kind === null || level.kind === 'other')) return 'required';
  return level.level;
}

/** The span of `s.slice(from, to)` without leading and trailing blanks and punctuation. */
export function tidySpan(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:.\-–—]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:\-–—]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Runs a global regex over the text, yielding matches (guards against empty matches). */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The line around an offset, trimmed; looks at most `reach` characters either way (stays linear). */
export function lineAround(text: string, at: number, reach = 300): string {
  let s = at;
  const floor = Math.max(0, at - reach);
  while (s > floor && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = at;
  const ceil = Math.min(text.length, at + reach);
  while (e < ceil && text[e] !== '\n' && text[e] !== '\r') e++;
  return text.slice(s, e).trim();
}
