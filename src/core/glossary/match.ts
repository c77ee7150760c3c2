import type { Span } from '../types.ts';
import { scanText } from './automaton.ts';
import { leftBoundary, rightBoundary } from './boundary.ts';
import { BREAK, charClass, normalizeKey } from './chars.ts';
import { indexOf, type AliasRef, type CompiledGlossary, type GlossaryIndex } from './compile.ts';
import { isListGap, sentenceEnds, sentenceIndex, standsAlone } from './context.ts';

/** A glossary term found in a text, before levels and sections are attached. */
export interface RawMention {
  entryId: string;
  span: Span;
  /** The text as written. */
  text: string;
}

interface Candidate {
  start: number;
  end: number;
  key: number;
  /** Per distinct entry: is every matching spelling of it ambiguous? */
  entries: { entry: number; ambiguous: boolean }[];
  /** The chosen entry, or -1 while undecided / rejected. */
  chosen: number;
}

interface Hit {
  key: number;
  start: number;
}

/** How far outside `range` the matcher looks for the line and sentence around it. */
const WINDOW = 2000;

/**
 * Glossary terms in `text` (only those inside `range`, when given): sorted, non-overlapping, the
 * longest match winning. One pass of an Aho–Corasick automaton over the case-folded text finds
 * every spelling and context word; ambiguous names are then kept only when their sentence, their
 * line or their neighbours in a list of skills confirm them.
 */
export function findMentions(text: string, glossary: CompiledGlossary, range?: Span): RawMention[] {
  const index = indexOf(glossary);
  const lo = Math.max(0, Math.min(range?.start ?? 0, text.length));
  const hi = Math.max(lo, Math.min(range?.end ?? text.length, text.length));
  const from = widen(text, lo, -1);
  const to = widen(text, hi, 1);

  const found: Candidate[] = [];
  const hits: Hit[] = [];
  scanText(index.automaton, text, from, to, (key, start, end) => {
    if (!leftBoundary(text, start)) return;
    const stop = rightBoundary(text, start, end);
    if (stop < 0) return;
    if (index.contextWord[key]) hits.push({ key, start });
    const refs = index.aliases[key]!;
    if (!refs.length) return;
    const c = candidateOf(text, start, end, refs);
    if (c) found.push({ ...c, end: stop, key });
  });

  const selected = longestFirst(found, from, to);
  if (selected.some((c) => c.chosen < 0)) resolveAmbiguous(text, selected, hits, index, from, to);

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

/** The entries a key occurrence may name once the case rules are applied, or null. */
function candidateOf(text: string, start: number, end: number, refs: readonly AliasRef[]): Omit<Candidate, 'key'> | null {
  let exact: string | undefined;
  const entries: Candidate['entries'] = [];
  for (const r of refs) {
    if (r.caseSensitive && r.exact !== (exact ??= normalizeKey(text.slice(start, end), true))) continue;
    const seen = entries.find((e) => e.entry === r.entry);
    if (seen) seen.ambiguous &&= r.ambiguous;
    else entries.push({ entry: r.entry, ambiguous: r.ambiguous });
  }
  if (!entries.length) return null;
  const sure = entries.length === 1 && !entries[0]!.ambiguous;
  return { start, end, entries, chosen: sure ? entries[0]!.entry : -1 };
}

/** Non-overlapping candidates, longer first (then earlier), returned in text order. */
function longestFirst(found: Candidate[], from: number, to: number): Candidate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(to - from + 1);
  const selected: Candidate[] = [];
  outer: for (const c of found) {
    for (let i = c.start; i < c.end; i++) if (taken[i - from]) continue outer;
    taken.fill(1, c.start - from, c.end - from);
    selected.push(c);
  }
  return selected.sort((a, b) => a.start - b.start);
}

/**
 * Decide the candidates that are ambiguous (an `ambiguous` spelling, or one spelling of several
 * entries). Each entry scores +1 per distinct positive context word in the sentence, −1 per
 * negative one, +1 when the name stands alone on its line or sits in a list next to an accepted
 * skill. An ambiguous entry needs a score above 0; among the eligible, the highest score wins, then
 * an entry whose spelling is not ambiguous, then the earlier entry. Acceptance spreads along lists
 * ("Go, R, Python"), so passes run forwards and backwards until nothing changes.
 */
function resolveAmbiguous(text: string, selected: Candidate[], hits: Hit[], index: GlossaryIndex, from: number, to: number): void {
  const ends = sentenceEnds(text, from, to);
  hits.sort((a, b) => a.start - b.start);
  const hitStarts = hits.map((h) => h.start);

  const contextScore = (c: Candidate, entry: number): number => {
    const s = sentenceIndex(ends, c.start);
    const a = s > 0 ? ends[s - 1]! : from;
    const b = s < ends.length ? ends[s]! : to;
    const pos = index.positive[entry]!;
    const neg = index.negative[entry]!;
    if (!pos.size && !neg.size) return 0;
    const seen = new Set<number>();
    let score = 0;
    for (let i = sentenceIndex(hitStarts, a - 1); i < hits.length && hits[i]!.start < b; i++) {
      const h = hits[i]!;
      if (h.key === c.key || seen.has(h.key) || (h.start >= c.start && h.start < c.end)) continue;
      seen.add(h.key);
      if (pos.has(h.key)) score++;
      if (neg.has(h.key)) score--;
    }
    return score;
  };

  const pending: number[] = [];
  const scores = new Map<number, number[]>();
  selected.forEach((c, i) => {
    const entryScores = c.entries.map((e) => contextScore(c, e.entry));
    scores.set(i, entryScores);
    if (c.chosen >= 0) return;
    if (c.entries.some((e) => !e.ambiguous)) choose(c, entryScores, 0);
    else pending.push(i);
  });

  const listed = (i: number): boolean => {
    const c = selected[i]!;
    const prev = selected[i - 1];
    const next = selected[i + 1];
    return (
      (prev !== undefined && prev.chosen >= 0 && isListGap(text, prev.end, c.start)) ||
      (next !== undefined && next.chosen >= 0 && isListGap(text, c.end, next.start))
    );
  };
  const alone = pending.map((i) => standsAlone(text, selected[i]!.start, selected[i]!.end));

  let changed = true;
  for (let pass = 0; changed && pass < 8; pass++) {
    changed = false;
    const order = pass % 2 === 0 ? pending.keys() : [...pending.keys()].reverse();
    for (const p of order) {
      const i = pending[p]!;
      const c = selected[i]!;
      if (c.chosen >= 0) continue;
      choose(c, scores.get(i)!, alone[p] || listed(i) ? 1 : 0);
      if (c.chosen >= 0) changed = true;
    }
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
