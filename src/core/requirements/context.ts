import type { Level, Section, SectionKind, Span } from '../types.ts';
import { createLevelReader, type LevelContext } from '../levels.ts';
import { isAsciiWord, registeredIndex, registeredWordsIn, registerWord } from '../ascii-words.ts';

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

export function createContext(text: string, sections: readonly Section[] = [], options: Partial<Pick<RequirementContext, 'skillIdsIn' | 'title' | 'levelOf'>> = {}): RequirementContext {
  let lower: string | undefined;
  // Hint words are registered as their finders' modules load, and one scan of the posting answers
  // them all (core/ascii-words.ts); any other word is searched for directly.
  const contains = (word: string): boolean => {
    const index = registeredIndex(word);
    if (index !== undefined) return registeredWordsIn(text)[index] === 1;
    return (lower ??= text.toLowerCase()).includes(word);
  };
  return { text, sections, skillIdsIn: options.skillIdsIn ?? (() => []), title: options.title ?? null, levelOf: options.levelOf ?? createLevelReader(text, sections), contains };
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
  for (const w of lower) if (isAsciiWord(w)) registerWord(w);
  return {
    words: lower,
    test: (text) => {
      const folded = text.toLowerCase();
      return lower.some((w) => folded.includes(w));
    },
  };
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
