import { isLowerAt, isUpperAt, isWordAt, normalizeKey } from './chars.ts';
import type { GlossaryIndex } from './compile.ts';
import { firstChoice, type Candidate } from './scan.ts';

const MAX_COORDINATED = 4;

/**
 * Names that share their head with the name after them: "unit and integration tests" names unit
 * tests too, "batch and streaming pipelines" batch pipelines, "unit, integration and end-to-end
 * tests" all three. For a matched name of two words or more, each modifier before it joined by a
 * conjunction is tried with the name's last word ("unit" + "tests"); a glossary spelling that matches
 * whole becomes a candidate on the modifier's word. Case-sensitive spellings are left out (the
 * modifier alone is not the spelling), and so is a modifier that is a name of its own.
 */
export function expandCoordination(text: string, index: GlossaryIndex, found: Candidate[], lo: number, hi: number): void {
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
