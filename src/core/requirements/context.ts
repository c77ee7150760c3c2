import type { Level, Section, SectionKind, Span } from '../types.ts';
import { createLevelReader, type LevelContext } from '../levels.ts';
import { isAsciiWord, registeredIndex, registeredWordsByParagraph, registeredWordsIn, registerWord, type ParagraphWords } from '../ascii-words.ts';

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
  /** The finders' matches in the previous version of this document, by paragraph (see `matchesIn`). */
  memo: FinderMemo | undefined;
}

/**
 * The finders' regex matches of one document's last two analyses, by paragraph text and regex, with
 * offsets from the paragraph's start: after an edit, only the paragraphs it touched are searched again.
 */
export interface FinderMemo {
  previous: Map<string, Map<RegExp, RegExpExecArray[]>>;
  current: Map<string, Map<RegExp, RegExpExecArray[]>>;
}

export function createFinderMemo(): FinderMemo {
  return { previous: new Map(), current: new Map() };
}

export function createContext(text: string, sections: readonly Section[] = [], options: Partial<Pick<RequirementContext, 'skillIdsIn' | 'title' | 'levelOf' | 'memo'>> = {}): RequirementContext {
  let lower: string | undefined;
  // Hint words are registered as their finders' modules load, and one scan of the posting answers
  // them all (core/ascii-words.ts); any other word is searched for directly.
  const contains = (word: string): boolean => {
    const index = registeredIndex(word);
    if (index !== undefined) return registeredWordsIn(text)[index] === 1;
    return (lower ??= text.toLowerCase()).includes(word);
  };
  const memo = options.memo;
  if (memo) {
    // What this analysis does not use again is dropped with the previous one.
    memo.previous = memo.current;
    memo.current = new Map();
  }
  return { text, sections, skillIdsIn: options.skillIdsIn ?? (() => []), title: options.title ?? null, levelOf: options.levelOf ?? createLevelReader(text, sections), contains, memo };
}

/**
 * A hint: the words one of which every match of a finder's regex contains, compared case-insensitively.
 * Each word is looked up once per posting, in a lower-cased copy, with a plain substring search: several
 * finders share words ("degree", "grad"), and a substring search skips through a posting many times
 * faster than a regex tries it.
 */
export interface Hint {
  readonly words: readonly string[];
  /** The registered keys of its ASCII words (`registerWord`), and its other words. */
  readonly keys: readonly number[];
  readonly others: readonly string[];
  /** Does `text` contain one of the words (ignoring case)? */
  test(text: string): boolean;
}

export function hint(...words: string[]): Hint {
  const lower = words.map((w) => w.toLowerCase());
  return {
    words: lower,
    keys: lower.filter(isAsciiWord).map(registerWord),
    others: lower.filter((w) => !isAsciiWord(w)),
    test: (text) => {
      const folded = text.toLowerCase();
      return lower.some((w) => folded.includes(w));
    },
  };
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

/**
 * The matches of a finder's global regex in the posting, in text order, paragraph by paragraph: a
 * requirement is stated within a paragraph, and no match spans a blank line. Only the paragraphs
 * that contain one of the hint's words, or match its regex, are searched (`null`: all). With the document's memo, a
 * paragraph searched in the previous analysis is not searched again.
 */
export function* matchesIn(ctx: RequirementContext, re: RegExp, hints: Hint | RegExp | null = null): Generator<RegExpExecArray> {
  for (const p of paragraphsOf(ctx)) {
    let found = p.found?.get(re);
    if (!found) {
      const may = !hints || (hints instanceof RegExp ? hints.test(p.text) : hints.keys.some((k) => p.words[k] === 1) || hints.others.some((w) => (p.lower ??= p.text.toLowerCase()).includes(w)));
      if (!p.found) {
        if (may) {
          for (const m of matchAll(re, p.text)) {
            m.index += p.start;
            yield m;
          }
        }
        continue;
      }
      p.found.set(re, (found = may ? [...matchAll(re, p.text)] : []));
    }
    for (const m of found) {
      const moved = m.slice() as RegExpExecArray;
      moved.index = p.start + m.index;
      moved.input = ctx.text;
      yield moved;
    }
  }
}

interface Paragraph {
  readonly start: number;
  readonly text: string;
  /** The registered words it contains (`registeredWordsByParagraph`). */
  readonly words: Uint8Array;
  lower?: string;
  /** Its matches by regex, offsets from its start, when the document has a memo. */
  readonly found: Map<RegExp, RegExpExecArray[]> | undefined;
}

const PARAGRAPHS = new WeakMap<RequirementContext, { from: ParagraphWords; list: Paragraph[] }>();

/** The posting's paragraphs, sliced and (with a memo) looked up once per analysis (again if a word was registered since). */
function paragraphsOf(ctx: RequirementContext): Paragraph[] {
  const from = registeredWordsByParagraph(ctx.text);
  const known = PARAGRAPHS.get(ctx);
  if (known?.from === from) return known.list;
  const memo = ctx.memo;
  const list = from.paragraphs.map((span, i) => {
    const text = ctx.text.slice(span.start, span.end);
    let found: Map<RegExp, RegExpExecArray[]> | undefined;
    if (memo) {
      found = memo.current.get(text) ?? memo.previous.get(text) ?? new Map<RegExp, RegExpExecArray[]>();
      memo.current.set(text, found);
    }
    return { start: span.start, text, words: from.words[i]!, found };
  });
  PARAGRAPHS.set(ctx, { from, list });
  return list;
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
