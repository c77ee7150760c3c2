/**
 * The walk of the glossary's trie over a text: every key occurrence that may name an entry (word
 * boundaries, web addresses and case rules checked) and the context words, before any occurrence is
 * chosen. Each depends only on its own line, so an editor's memo rescans only the lines an edit
 * touched (`scanAgain`).
 */
import { scanText } from './trie.ts';
import { editedLines, textEdit } from '../edit.ts';
import { insideAddress, leftBoundary, rightBoundary } from './boundary.ts';
import { BREAK, charClass, isLowerAt, isUpperAt, matchesExact } from './chars.ts';
import type { AliasRef, GlossaryIndex } from './compile.ts';

export interface Candidate {
  start: number;
  end: number;
  key: number;
  /** Per distinct entry: is every matching spelling of it ambiguous? */
  entries: { entry: number; ambiguous: boolean }[];
  /** The chosen entry, or -1 while undecided / rejected. */
  chosen: number;
}

export interface Hit {
  key: number;
  start: number;
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
export function scan(text: string, index: GlossaryIndex, from: number, to: number, found: Candidate[], hits: Hit[]): void {
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
export const firstChoice = (entries: Candidate['entries']): number => (entries.length === 1 && !entries[0]!.ambiguous ? entries[0]!.entry : -1);

/**
 * The scan of the whole text, reusing the memo's scan of the previous version outside the edited
 * lines (offsets after them moved by the edit's length change). The result equals a fresh scan.
 */
export function scanAgain(text: string, index: GlossaryIndex, memo: MentionMemo): [Candidate[], Hit[]] {
  const found: Candidate[] = [];
  const hits: Hit[] = [];
  const usable = memo.index === index && memo.text !== undefined;
  if (!usable) scan(text, index, 0, text.length, found, hits);
  else {
    // No edit (the same text): every line is kept.
    const edit = textEdit(memo.text!, text);
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
