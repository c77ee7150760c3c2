import type { GlossaryEntry } from '../types.ts';
import { buildTrie, type Trie } from './trie.ts';
import { normalizeKey } from './chars.ts';

/** A glossary ready for matching: built once, used for any number of texts. */
export interface CompiledGlossary {
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  /**
   * Entries whose name or alias equals the term (case rules applied), best first; for `define` and
   * hovers. Names rank before aliases, plain aliases before ambiguous ones. A trailing `'s` is
   * ignored. When the case rules leave nothing, entries that match ignoring case follow instead (a
   * person typing `define go` means Go), and finally an entry whose id is the term.
   */
  lookup(term: string): GlossaryEntry[];
}

/** One spelling of one entry, as indexed under its folded key. */
export interface AliasRef {
  entry: number;
  caseSensitive: boolean;
  ambiguous: boolean;
  /** The spelling normalised without case folding, for case-sensitive comparison. */
  exact: string;
  isName: boolean;
}

/** What the matcher needs beyond the public interface. */
export interface GlossaryIndex {
  readonly list: readonly GlossaryEntry[];
  readonly trie: Trie;
  /** Per key: the spellings indexed under it (empty for a key that is only a context word). */
  readonly aliases: readonly (readonly AliasRef[])[];
  /** Per key: some entry lists it as a context word. */
  readonly contextWord: readonly boolean[];
  /** Per entry: keys of its context words. */
  readonly positive: readonly ReadonlySet<number>[];
  readonly negative: readonly ReadonlySet<number>[];
  /** Key id by normalised spelling (`normalizeKey`), for phrases the matcher builds itself. */
  readonly keyIds: ReadonlyMap<string, number>;
}

const indexes = new WeakMap<CompiledGlossary, GlossaryIndex>();

/** The matcher's view of a compiled glossary. */
export function indexOf(glossary: CompiledGlossary): GlossaryIndex {
  const index = indexes.get(glossary);
  if (!index) throw new TypeError('not a glossary made by compileGlossary()');
  return index;
}

export function compileGlossary(entries: GlossaryEntry[]): CompiledGlossary {
  // Later entries with the same id replace earlier ones (as mergeGlossaries does).
  const byId = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    byId.delete(e.id);
    byId.set(e.id, e);
  }
  const list = [...byId.values()];

  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const aliases: AliasRef[][] = [];
  const keyOf = (text: string): number => {
    const key = normalizeKey(text);
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
      aliases.push([]);
    }
    return id;
  };

  const contextWord: boolean[] = [];
  const positive: Set<number>[] = [];
  const negative: Set<number>[] = [];
  list.forEach((e, entry) => {
    const spellings = e.aliases.length ? e.aliases : [{ text: e.name, caseSensitive: false, ambiguous: false }];
    for (const a of spellings) {
      if (!normalizeKey(a.text)) continue;
      const refs = aliases[keyOf(a.text)]!;
      const exact = normalizeKey(a.text, true);
      if (refs.some((r) => r.entry === entry && r.exact === exact)) continue;
      refs.push({ entry, caseSensitive: a.caseSensitive, ambiguous: a.ambiguous, exact, isName: a.text === e.name });
    }
    const words = (list: readonly string[] | undefined) =>
      new Set(
        (list ?? [])
          .filter((w) => normalizeKey(w))
          .map((w) => {
            const id = keyOf(w);
            contextWord[id] = true;
            return id;
          }),
      );
    positive.push(words(e.context?.positive));
    negative.push(words(e.context?.negative));
  });

  const trie = buildTrie(keys);

  const lookup = (term: string): GlossaryEntry[] => {
    let found = lookupKey(term);
    if (!found.length && /['’]s?$/.test(term.trim())) found = lookupKey(term.trim().replace(/['’]s?$/, ''));
    if (!found.length) {
      const entry = byId.get(term.trim().toLowerCase());
      if (entry) found = [entry];
    }
    return found;
  };

  const lookupKey = (term: string): GlossaryEntry[] => {
    const id = keyIds.get(normalizeKey(term));
    if (id === undefined) return [];
    const exact = normalizeKey(term, true);
    const refs = aliases[id]!;
    const strict = refs.filter((r) => !r.caseSensitive || r.exact === exact);
    const ranked = (strict.length ? strict : refs).slice().sort(
      (a, b) =>
        Number(b.isName) - Number(a.isName) ||
        Number(a.ambiguous) - Number(b.ambiguous) ||
        Number(b.exact === exact) - Number(a.exact === exact) ||
        a.entry - b.entry,
    );
    return [...new Set(ranked.map((r) => list[r.entry]!))];
  };

  const glossary: CompiledGlossary = { entries: byId, lookup };
  indexes.set(glossary, { list, trie, aliases, contextWord, positive, negative, keyIds });
  return glossary;
}
