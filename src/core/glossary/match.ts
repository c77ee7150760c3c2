import type { Span } from '../types.ts';
import { BREAK, charClass } from './chars.ts';
import { indexOf, type CompiledGlossary, type GlossaryIndex } from './compile.ts';
import { expandCoordination } from './coordination.ts';
import { scan, scanAgain, type Candidate, type Hit, type MentionMemo } from './scan.ts';
import { afterSkillLabel, isListGap, sentenceEnds, sentenceIndex, standsAlone } from './context.ts';

export type { MentionMemo } from './scan.ts';

/** A glossary term found in a text, before levels and sections are attached. */
export interface RawMention {
  entryId: string;
  span: Span;
  /** The text as written. */
  text: string;
}

/** How far outside `range` the matcher looks for the line and sentence around it. */
const WINDOW = 2000;

/**
 * Glossary terms in `text` (only those inside `range`, when given): sorted, non-overlapping, the
 * longest match winning. One walk of the glossary's trie from every word start of the case-folded
 * text finds every spelling and context word; ambiguous names are then kept only when their
 * sentence, their line or their neighbours in a list of skills confirm them. Never throws on text.
 */
export function findMentions(text: string, glossary: CompiledGlossary, range?: Span, memo?: MentionMemo): RawMention[] {
  const index = indexOf(glossary);
  if (typeof text !== 'string' || !text) return [];
  const lo = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const hi = Math.max(lo, Math.min(range?.end ?? text.length, text.length));
  const from = widen(text, lo, -1);
  const to = widen(text, hi, 1);

  let found: Candidate[] = [];
  let hits: Hit[] = [];
  if (memo && !range) [found, hits] = scanAgain(text, index, memo);
  else scan(text, index, from, to, found, hits);

  expandCoordination(text, index, found, lo, hi);

  // An ambiguous name its context rejects must not hide a shorter name it overlapped
  // ("orchestration systems" over "workflow orchestration"): select again without it.
  let pool = found;
  let selected = longestFirst(pool, from, to);
  let score: ContextScore | undefined;
  for (let round = 0; round < 3 && selected.some((c) => c.chosen < 0); round++) {
    resolveAmbiguous(text, selected, (score ??= contextScorer(text, hits, index, from, to)));
    const rejected = new Set(selected.filter((c) => c.chosen < 0));
    if (!rejected.size || pool.length === selected.length) break;
    pool = pool.filter((c) => !rejected.has(c));
    const again = longestFirst(pool, from, to);
    if (again.length === selected.length - rejected.size) break;
    selected = again;
  }

  const mentions: RawMention[] = [];
  for (const c of selected) {
    if (c.chosen < 0 || c.start < lo || c.end > hi) continue;
    mentions.push({ entryId: index.list[c.chosen]!.id, span: { start: c.start, end: c.end }, text: text.slice(c.start, c.end) });
  }
  return mentions;
}

/** Move `offset` to the start (dir -1) or end (dir 1) of its line, at most WINDOW away. */
function widen(text: string, offset: number, dir: -1 | 1): number {
  let i = offset;
  if (dir < 0) while (i > 0 && offset - i < WINDOW && charClass(text.charCodeAt(i - 1)) !== BREAK) i--;
  else while (i < text.length && i - offset < WINDOW && charClass(text.charCodeAt(i)) !== BREAK) i++;
  return i;
}

/**
 * Leftmost-longest selection, as phrase matchers do: among overlapping names the one that starts first
 * wins, and of those the longest ("Orbit CI pipelines" → Orbit CI; "embedded software development" →
 * embedded software). Whole-text longest-first would let a later, longer name swallow the start of an
 * earlier one.
 */
function longestFirst(found: Candidate[], from: number, to: number): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const taken = new Uint8Array(to - from + 1);
  const selected: Candidate[] = [];
  outer: for (const c of found) {
    for (let i = c.start; i < c.end; i++) if (taken[i - from]) continue outer;
    taken.fill(1, c.start - from, c.end - from);
    selected.push(c);
  }
  return selected.sort((a, b) => a.start - b.start);
}

/** The context score of an entry for a candidate (see `resolveAmbiguous`). */
type ContextScore = (c: Candidate, entry: number) => number;

/**
 * Context scores from the context words (`hits`) in each candidate's sentence, computed once per
 * text: sentence ends and sorted hits are shared by every selection round, and the scores are
 * remembered per sentence, entry and key (many mentions of one name in one sentence cost one look).
 */
function contextScorer(text: string, hits: Hit[], index: GlossaryIndex, from: number, to: number): ContextScore {
  const ends = sentenceEnds(text, from, to);
  hits.sort((a, b) => a.start - b.start);
  const hitStarts = hits.map((h) => h.start);
  const stamp = new Int32Array(index.aliases.length);
  let generation = 0;
  const cache = new Map<number, number>();
  const keys = index.aliases.length;
  return (c, entry) => {
    const pos = index.positive[entry]!;
    const neg = index.negative[entry]!;
    if (!pos.size && !neg.size) return 0;
    const s = sentenceIndex(ends, c.start);
    const id = (s * index.list.length + entry) * keys + c.key;
    const known = cache.get(id);
    if (known !== undefined) return known;
    const a = s > 0 ? ends[s - 1]! : from;
    const b = s < ends.length ? ends[s]! : to;
    generation++;
    let score = 0;
    for (let i = sentenceIndex(hitStarts, a - 1); i < hits.length && hits[i]!.start < b; i++) {
      const key = hits[i]!.key;
      // The name itself is no evidence for itself; each context word counts once.
      if (key === c.key || stamp[key] === generation) continue;
      stamp[key] = generation;
      if (pos.has(key)) score++;
      if (neg.has(key)) score--;
    }
    cache.set(id, score);
    return score;
  };
}

/**
 * Decide the candidates that are ambiguous (an `ambiguous` spelling, or one spelling of several
 * entries). Each entry scores +1 per distinct positive context word in the sentence, −1 per
 * negative one, +1 when the name stands alone on its line or sits in a list next to an accepted
 * skill. An ambiguous entry needs a score above 0; among the eligible, the highest score wins, then
 * an entry whose spelling is not ambiguous, then the earlier entry. Acceptance spreads along lists
 * ("Go, R, Python"): a worklist revisits the neighbours of every newly accepted name.
 */
function resolveAmbiguous(text: string, selected: Candidate[], contextScore: ContextScore): void {
  const scores: number[][] = [];
  const queue: number[] = [];
  selected.forEach((c, i) => {
    if (c.chosen >= 0) return;
    const entryScores = c.entries.map((e) => contextScore(c, e.entry));
    scores[i] = entryScores;
    if (c.entries.some((e) => !e.ambiguous)) choose(c, entryScores, 0);
    else queue.push(i);
  });

  /** Is there a list gap between selected[i] and selected[i + 1]? Memoised: -1 unknown. */
  const gap = new Int8Array(selected.length).fill(-1);
  const listGap = (i: number): boolean => {
    if (i < 0 || i + 1 >= selected.length) return false;
    if (gap[i] === -1) gap[i] = isListGap(text, selected[i]!.end, selected[i + 1]!.start) ? 1 : 0;
    return gap[i] === 1;
  };
  const alone = new Int8Array(selected.length).fill(-1);
  const accepted = (i: number): boolean => i >= 0 && i < selected.length && selected[i]!.chosen >= 0;

  // Each candidate is decided at most once after it was first seen, plus once per newly accepted neighbour.
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    const c = selected[i]!;
    if (c.chosen >= 0) continue;
    if (alone[i] === -1) alone[i] = standsAlone(text, c.start, c.end) || afterSkillLabel(text, c.start) ? 1 : 0;
    const listed = alone[i] === 1 || (accepted(i - 1) && listGap(i - 1)) || (accepted(i + 1) && listGap(i));
    choose(c, scores[i]!, listed ? 1 : 0);
    if (c.chosen < 0) continue;
    if (i > 0 && !accepted(i - 1) && scores[i - 1] && listGap(i - 1)) queue.push(i - 1);
    if (i + 1 < selected.length && !accepted(i + 1) && scores[i + 1] && listGap(i)) queue.push(i + 1);
  }
}

function choose(c: Candidate, scores: number[], bonus: number): void {
  let best = -1;
  let bestScore = -Infinity;
  let bestAmbiguous = true;
  c.entries.forEach((e, k) => {
    const score = scores[k]! + bonus;
    if (e.ambiguous && score <= 0) return;
    if (score > bestScore || (score === bestScore && bestAmbiguous && !e.ambiguous)) {
      best = e.entry;
      bestScore = score;
      bestAmbiguous = e.ambiguous;
    }
  });
  c.chosen = best;
}
