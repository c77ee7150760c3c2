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
}

export function createContext(text: string, sections: readonly Section[] = [], options: Partial<Pick<RequirementContext, 'skillIdsIn' | 'title'>> = {}): RequirementContext {
  return { text, sections, skillIdsIn: options.skillIdsIn ?? (() => []), title: options.title ?? null, levelOf: createLevelReader(text, sections) };
}

/**
 * A hint: a case-insensitive regex of the words one of which every match of a finder's regex
 * contains. Plain alternatives of words, with no word boundaries or optional parts, let the regex
 * engine skip through a posting several times faster than the finder's own regex tries it.
 */
export function hint(...words: string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}

/**
 * Can a finder's regex match in the text? Each finder runs its regexes over the whole posting;
 * most postings say nothing about visas, pay or doctorates. Only a necessary condition: when it
 * holds, the finder's regex still decides.
 */
export function mayMatch(ctx: RequirementContext, hints: RegExp | null): boolean {
  return !hints || hints.test(ctx.text);
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
