import type { Span } from '../types.ts';
import { scanText } from './trie.ts';
import { editedLines, textEdit } from '../edit.ts';
import { insideAddress, leftBoundary, rightBoundary } from './boundary.ts';
import { BREAK, charClass, isLowerAt, isUpperAt, isWordAt, matchesExact, normalizeKey } from './chars.ts';
import { indexOf, type AliasRef, type CompiledGlossary, type GlossaryIndex } from './compile.ts';
import { afterSkillLabel, isListGap, sentenceEnds, sentenceIndex, standsAlone } from './context.ts';

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

/**
 * What the matcher keeps of a text for the next version of it (after an edit): every key
 * occurrence that passed the boundary, address and case checks, and the context words. Those depend
 * only on their own line (a line break ends every key, and the checks read no further), so after an
 * edit only the edited lines are scanned again. Opaque; one per document.
 */
export interface MentionMemo {
  text?: string;
  index?: GlossaryIndex;
  found?: readonly Candidate[];
  hits?: readonly Hit[];
}

/** Every key occurrence in `text[from, to)` that may name an entry, and the context words. */
function scan(text: string, index: GlossaryIndex, from: number, to: number, found: Candidate[], hits: Hit[]): void {
  const { aliases, contextWord } = index;
  const [left, right, address] = [leftBoundary, rightBoundary, insideAddress];
  scanText(index.trie, text, from, to, (key, start, end) => {
    if (!left(text, start)) return;
    const stop = right(text, start, end);
    if (stop < 0) return;
    if (contextWord[key]) hits.push({ key, start });
    const refs = aliases[key]!;
    if (refs.length) {
      const entries = entriesOf(text, start, end, refs);
      if (entries && !address(text, start, stop)) found.push({ start, end: stop, key, entries, chosen: firstChoice(entries) });
    }
  });
}

/** An occurrence's entry before context is read: the only one, when it is not ambiguous. */
const firstChoice = (entries: Candidate['entries']): number => (entries.length === 1 && !entries[0]!.ambiguous ? entries[0]!.entry : -1);

/**
 * The scan of the whole text, reusing the memo's scan of the previous version outside the edited
 * lines (offsets after them moved by the edit's length change). The result equals a fresh scan.
 */
function scanAgain(text: string, index: GlossaryIndex, memo: MentionMemo): [Candidate[], Hit[]] {
  const found: Candidate[] = [];
  const hits: Hit[] = [];
  const edit = memo.index === index && memo.text !== undefined ? textEdit(memo.text, text) : undefined;
  if (edit === undefined) scan(text, index, 0, text.length, found, hits);
  else {
    const lines = edit ? editedLines(text, edit) : { start: text.length, end: text.length };
    const shift = edit ? edit.newEnd - edit.oldEnd : 0;
    const oldEnd = lines.end - shift;
    // Candidates are mutated while they are resolved: each run gets its own.
    const copy = (c: Candidate, by: number): Candidate => ({ start: c.start + by, end: c.end + by, key: c.key, entries: c.entries, chosen: firstChoice(c.entries) });
    const before = memo.found!;
    let i = 0;
    for (; i < before.length && before[i]!.start < lines.start; i++) found.push(copy(before[i]!, 0));
    const oldHits = memo.hits!;
    let h = 0;
    for (; h < oldHits.length && oldHits[h]!.start < lines.start; h++) hits.push(oldHits[h]!);
    scan(text, index, lines.start, lines.end, found, hits);
    while (i < before.length && before[i]!.start < oldEnd) i++;
    for (; i < before.length; i++) found.push(copy(before[i]!, shift));
    while (h < oldHits.length && oldHits[h]!.start < oldEnd) h++;
    for (; h < oldHits.length; h++) hits.push(shift ? { key: oldHits[h]!.key, start: oldHits[h]!.start + shift } : oldHits[h]!);
  }
  memo.text = text;
  memo.index = index;
  memo.found = found.slice();
  memo.hits = hits.slice();
  return [found, hits];
}

const MAX_COORDINATED = 4;

/**
 * Names that share their head with the name after them: "unit and integration tests" names unit
 * tests too, "batch and streaming pipelines" batch pipelines, "unit, integration and end-to-end
 * tests" all three. For a matched name of two words or more, each modifier before it joined by a
 * conjunction is tried with the name's last word ("unit" + "tests"); a glossary spelling that matches
 * whole becomes a candidate on the modifier's word. Case-sensitive spellings are left out (the
 * modifier alone is not the spelling), and so is a modifier that is a name of its own.
 */
function expandCoordination(text: string, index: GlossaryIndex, found: Candidate[], lo: number, hi: number): void {
  const count = found.length;
  const heads = sharedHeads(index);
  let starts: Set<number> | undefined;
  for (let i = 0; i < count; i++) {
    const c = found[i]!;
    if (c.chosen < 0 || c.start < lo || c.end > hi || conjunctionBefore(text, c.start) < 0) continue;
    // The head is the name's last word: "integration tests" → "tests", "end-to-end tests" → "tests".
    let space = c.end - 1;
    while (space > c.start && text.charCodeAt(space) !== 0x20) space--;
    if (space <= c.start) continue;
    const head = text.slice(space + 1, c.end);
    // Heads are keys' last words; lower case is their folding for the ASCII words they are.
    if (!heads.has(head.toLowerCase())) continue;
    if (!starts) {
      starts = new Set<number>();
      for (let j = 0; j < count; j++) starts.add(found[j]!.start);
    }
    let at = c.start;
    for (let n = 0; n < MAX_COORDINATED; n++) {
      const end = conjunctionBefore(text, at);
      if (end < 0) break;
      // The modifier: letters and digits, with inner hyphens ("end-to-end"), starting with a letter.
      let start = end;
      while (start > 0 && (isWordAt(text, start - 1) || (text.charCodeAt(start - 1) === 0x2d && start - 1 > 0 && isWordAt(text, start - 2) && start < end))) start--;
      if (start === end || !isLetterAt(text, start) || starts.has(start)) break;
      const phrase = `${text.slice(start, end)} ${head}`;
      const key = index.keyIds.get(normalizeKey(phrase)) ?? -1;
      const refs = key >= 0 ? index.aliases[key]!.filter((r) => !r.caseSensitive) : [];
      const entries = [...new Set(refs.map((r) => r.entry))]
        .filter((entry) => entry !== c.chosen)
        .map((entry) => ({ entry, ambiguous: refs.filter((r) => r.entry === entry).every((r) => r.ambiguous) }));
      if (!entries.length) break;
      found.push({ start, end, key, entries, chosen: firstChoice(entries) });
      starts.add(start);
      at = start;
    }
  }
}

const HEADS = new WeakMap<GlossaryIndex, Set<string>>();

/** The last words that two or more spellings of several words share ("tests", "pipelines"), per glossary. */
function sharedHeads(index: GlossaryIndex): Set<string> {
  let heads = HEADS.get(index);
  if (!heads) {
    const seen = new Map<string, number>();
    for (const [key, id] of index.keyIds) {
      const space = key.lastIndexOf(' ');
      if (space > 0 && index.aliases[id]!.length) seen.set(key.slice(space + 1), (seen.get(key.slice(space + 1)) ?? 0) + 1);
    }
    heads = new Set([...seen].filter(([, n]) => n >= 2).map(([head]) => head));
    HEADS.set(index, heads);
  }
  return heads;
}

const isSpaceAt = (text: string, i: number): boolean => text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09;
const isLetterAt = (text: string, i: number): boolean => isLowerAt(text, i) || isUpperAt(text, i);

/**
 * Where the word before a conjunction that ends at `at` ends: "unit| and integration", "unit|, integration",
 * "batch| / streaming", "a, b|, and c". -1 when no ",", "/", "&", "and" or "or" comes right before `at`.
 * Read backwards by code: most names have none.
 */
function conjunctionBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isSpaceAt(text, i)) i--;
  if (i < 1) return -1;
  const c = text.charCodeAt(i);
  const lower = c | 0x20;
  let k: number;
  if (c === 0x2c /* , */ || c === 0x2f /* / */ || c === 0x26 /* & */) k = i;
  else if (lower === 0x64 /* d */ && i >= 3 && (text.charCodeAt(i - 1) | 0x20) === 0x6e && (text.charCodeAt(i - 2) | 0x20) === 0x61 && isSpaceAt(text, i - 3)) k = i - 2;
  else if (lower === 0x72 /* r */ && i >= 2 && (text.charCodeAt(i - 1) | 0x20) === 0x6f && isSpaceAt(text, i - 2)) k = i - 1;
  else return -1;
  let j = k - 1;
  while (j >= 0 && isSpaceAt(text, j)) j--;
  // "a, b, and c": the comma before "and".
  if (k !== i && j >= 0 && text.charCodeAt(j) === 0x2c) {
    j--;
    while (j >= 0 && isSpaceAt(text, j)) j--;
  }
  return j >= 0 && isWordAt(text, j) ? j + 1 : -1;
}

/** Move `offset` to the start (dir -1) or end (dir 1) of its line, at most WINDOW away. */
function widen(text: string, offset: number, dir: -1 | 1): number {
  let i = offset;
  if (dir < 0) while (i > 0 && offset - i < WINDOW && charClass(text.charCodeAt(i - 1)) !== BREAK) i--;
  else while (i < text.length && i - offset < WINDOW && charClass(text.charCodeAt(i)) !== BREAK) i++;
  return i;
}

/**
 * The entries a key occurrence may name once the case rules are applied, or null. In a line written
 * in capitals ("PYTHON, GO AND SQL") casing says nothing, so a case-sensitive spelling still counts
 * there, as an ambiguous one that its context must confirm.
 */
function entriesOf(text: string, start: number, end: number, refs: readonly AliasRef[]): Candidate['entries'] | null {
  const entries: Candidate['entries'] = [];
  let shouting: boolean | undefined;
  for (const r of refs) {
    let ambiguous = r.ambiguous;
    if (r.caseSensitive && !matchesExact(text, start, end, r.exact)) {
      if (!(shouting ??= inCapitals(text, start, end))) continue;
      ambiguous = true;
    }
    const seen = entries.find((e) => e.entry === r.entry);
    if (seen) seen.ambiguous &&= ambiguous;
    else entries.push({ entry: r.entry, ambiguous });
  }
  return entries.length ? entries : null;
}

const MAX_CAPS_LINE = 200;

/** Are the name and its whole line (at most MAX_CAPS_LINE each way) free of lower-case letters? */
function inCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLowerAt(text, i)) return false;
  let letters = 0;
  for (let i = start - 1; i >= 0 && start - i <= MAX_CAPS_LINE && charClass(text.charCodeAt(i)) !== BREAK; i--) {
    if (isLowerAt(text, i)) return false;
    if (isUpperAt(text, i)) letters++;
  }
  for (let i = end; i < text.length && i - end <= MAX_CAPS_LINE && charClass(text.charCodeAt(i)) !== BREAK; i++) {
    if (isLowerAt(text, i)) return false;
    if (isUpperAt(text, i)) letters++;
  }
  // A lone capitalised word ("GO") is not a line in capitals: it needs company.
  return letters >= 6;
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
