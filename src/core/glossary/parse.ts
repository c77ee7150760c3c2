import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { GlossaryEntry, GlossaryError, ParsedGlossary } from '../types.ts';
import { CATEGORY_PATTERN, readEntry } from './entry.ts';
import { describe, pairsOf, readString, reportUnknown, type Report } from './fields.ts';

const DEFAULT_CATEGORY = 'other';
/** More errors than this in one file are noise; the first ones say what is wrong. */
const MAX_ERRORS = 100;

/**
 * Parse and validate one glossary file (YAML). Never throws: every problem becomes a
 * `GlossaryError` at the exact node, with 0-based positions, and every valid entry is kept even
 * when others in the file are broken. An entry that contains a YAML syntax error is left out.
 */
export function parseGlossary(text: string, source: string): ParsedGlossary {
  try {
    return parseText(String(text ?? ''), source);
  } catch (error) {
    return {
      entries: [],
      errors: [{ file: source, line: 0, column: 0, endLine: 0, endColumn: 0, message: `could not read the glossary: ${(error as Error)?.message ?? error}` }],
    };
  }
}

function parseText(text: string, source: string): ParsedGlossary {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const errors: GlossaryError[] = [];
  const at = (start: number, end: number, message: string): void => {
    if (errors.length >= MAX_ERRORS) return;
    const a = lines.linePos(Math.max(0, Math.min(start, text.length)));
    const b = lines.linePos(Math.max(start, Math.min(end, text.length)));
    errors.push({ file: source, line: a.line - 1, column: a.col - 1, endLine: b.line - 1, endColumn: b.col - 1, message });
  };

  const broken: number[] = [];
  const said = new Map<string, number>();
  for (const e of doc.errors) {
    broken.push(e.pos[0]);
    // The same complaint over and over (deep nesting, binary junk) says nothing new after a few.
    const times = (said.get(e.code) ?? 0) + 1;
    said.set(e.code, times);
    if (times > 3) continue;
    const key = e.code === 'DUPLICATE_KEY' ? /^[^\s:]*/.exec(text.slice(e.pos[0], e.pos[0] + 100))![0] : '';
    at(e.pos[0], key ? e.pos[0] + key.length : e.pos[1], key ? `duplicate field ${JSON.stringify(key)}` : syntaxMessage(e.code, e.message));
  }
  broken.sort((a, b) => a - b);
  /** Is there a syntax error at an offset in [a, b)? Binary search: files can hold many errors. */
  const brokenBetween = (a: number, b: number): boolean => {
    let lo = 0;
    let hi = broken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (broken[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < broken.length && broken[lo]! < b;
  };
  const inBroken = (node: Node): boolean => {
    const [s, , e] = node.range ?? [0, 0, 0];
    return brokenBetween(s, e + 1);
  };
  const report: Report = (node, message) => {
    if (node && inBroken(node)) return;
    const [s, e] = node?.range ?? [0, 0];
    at(s, e, message);
  };

  const root = doc.contents as Node | null;
  let items: (Node | null)[] = [];
  let category = DEFAULT_CATEGORY;
  if (isMap(root)) {
    const where = 'glossary';
    const pairs = pairsOf(root, report, where);
    reportUnknown(pairs, ['category', 'entries'], report, where);
    const c = pairs.get('category');
    if (c) {
      const value = readString(c.value, report, 'field "category"');
      if (value !== undefined && CATEGORY_PATTERN.test(value)) category = value;
      else if (value !== undefined) report(c.value, `category ${JSON.stringify(value)} must be lower-case words joined by "-"`);
    }
    const list = pairs.get('entries') as Pair<Node, Node | null> | undefined;
    if (!list) report(root, 'missing required field "entries"');
    else if (isSeq(list.value)) items = list.value.items as (Node | null)[];
    else if (!(isScalar(list.value) && list.value.value === null)) report(list.value, `field "entries" must be a list of entries, not ${describe(list.value)}`);
  } else if (isSeq(root)) {
    items = root.items as (Node | null)[];
  } else if (root && !(isScalar(root) && root.value === null)) {
    report(root, `a glossary is a mapping with "entries" or a list of entries, not ${describe(root)}`);
  }

  const entries: GlossaryEntry[] = [];
  const firstLine = new Map<string, number>();
  // Where each entry's text ends: at the start of the next entry, or the end of the file.
  const nextStart: number[] = [];
  for (let i = items.length - 1, next = Infinity; i >= 0; i--) {
    nextStart[i] = next;
    next = items[i]?.range?.[0] ?? next;
  }
  items.forEach((item, i) => {
    // An entry with a syntax error anywhere up to the next entry is reported by that error alone.
    const start = item?.range?.[0] ?? 0;
    if (brokenBetween(start, nextStart[i]!)) return;
    const read = readEntry(item, i + 1, category, report);
    if (!read) return;
    const { entry, idNode } = read;
    const pos = lines.linePos(start);
    const seen = firstLine.get(entry.id);
    if (seen !== undefined) {
      report(idNode, `duplicate id "${entry.id}" (first defined at line ${seen + 1})`);
      return;
    }
    firstLine.set(entry.id, lines.linePos(idNode.range![0]).line - 1);
    entry.source = { file: source, line: pos.line - 1, character: pos.col - 1 };
    entries.push(entry);
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entries, errors };
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return 'YAML syntax error: a value that contains ": " must be put in quotes';
  if (code === 'TAB_AS_INDENT') return 'YAML syntax error: tabs are not allowed for indentation, use spaces';
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax error: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
