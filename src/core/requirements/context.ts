import type { Level, Section, SectionKind, Span } from '../types.ts';
import { createLevelReader, type LevelContext } from '../levels.ts';
import { isAsciiWord, registeredWordsByParagraph, registerWord, type ParagraphWords } from '../ascii-words.ts';
import { nextGeneration, recall, type Generations } from '../generations.ts';

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
  /** The finders' matches in the previous version of this document, by paragraph (see `matchesIn`). */
  memo: FinderMemo | undefined;
}

/**
 * The finders' regex matches of one document's last two analyses, by paragraph text and regex, with
 * offsets from the paragraph's start: after an edit, only the paragraphs it touched are searched again.
 */
export type FinderMemo = Generations<string, Map<RegExp, RegExpExecArray[]>>;

export function createContext(text: string, sections: readonly Section[] = [], options: Partial<Pick<RequirementContext, 'skillIdsIn' | 'title' | 'levelOf' | 'memo'>> = {}): RequirementContext {
  const memo = options.memo;
  if (memo) nextGeneration(memo);
  return { text, sections, skillIdsIn: options.skillIdsIn ?? (() => []), title: options.title ?? null, levelOf: options.levelOf ?? createLevelReader(text, sections), memo };
}

/**
 * A hint: the words one of which every match of a finder's regex contains, compared case-insensitively.
 * Its ASCII words are registered (`core/ascii-words.ts`), so one pass over the posting answers them for
 * every paragraph; other words are looked for in a paragraph's lower-cased text.
 */
export interface Hint {
  /** The registered keys of its ASCII words (`registerWord`). */
  readonly keys: readonly number[];
  /** Its other words, lower-cased. */
  readonly others: readonly string[];
}

export function hint(...words: string[]): Hint {
  const lower = words.map((w) => w.toLowerCase());
  return { keys: lower.filter(isAsciiWord).map(registerWord), others: lower.filter((w) => !isAsciiWord(w)) };
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
 * a language): in unlabelled text, or under a heading no one classified, it counts as required,
 * unless a negation says it is not asked for ("You don't need a Bachelor's degree").
 */
export function requirementLevel(level: LevelContext): Level {
  if (level.level === 'mentioned' && !level.negated && (level.kind === null || level.kind === 'other')) return 'required';
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
        // Without a memo the matches are not kept: one at a time, so a paragraph with a match every
        // few characters never holds them all at once.
        if (may) {
          for (const m of matchAll(re, p.text)) {
            m.index += p.start;
            m.input = ctx.text;
            yield m;
          }
        }
        continue;
      }
      p.found.set(re, (found = may ? [...matchAll(re, p.text)] : []));
    }
    for (const m of found) {
      // A remembered match is kept as found (relative to its paragraph) for the next analysis.
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
    const found = memo ? recall(memo, text, () => new Map<RegExp, RegExpExecArray[]>()) : undefined;
    return { start: span.start, text, words: from.words[i]!, found };
  });
  PARAGRAPHS.set(ctx, { from, list });
  return list;
}

/**
 * Runs a global regex over the text, yielding matches (guards against empty matches). The caller may
 * run the same regex between two matches (a finder reading a match's sentence with it): where the
 * search goes on is put back after each, and a caller that stops early leaves the regex as a
 * finished search would.
 */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const next = re.lastIndex + (m[0].length === 0 ? 1 : 0);
      yield m;
      re.lastIndex = next;
    }
  } finally {
    re.lastIndex = 0;
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
