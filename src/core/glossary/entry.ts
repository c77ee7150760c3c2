import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { ENTRY_KINDS, type Alias, type ContextRule, type GlossaryEntry } from '../types.ts';
import { describe, pairsOf, readEnum, readString, readStringList, reportUnknown, type Report } from './fields.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
export const CATEGORY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_DEFINITION = 20;

const FIELDS = ['id', 'name', 'case', 'aliases', 'category', 'kind', 'definition', 'url', 'related', 'since', 'context'];
const REQUIRED = ['id', 'name', 'kind', 'definition'];
const ALIAS_FIELDS = ['text', 'case', 'ambiguous'];
const CONTEXT_FIELDS = ['note', 'positive', 'negative'];
const CASES = ['sensitive', 'insensitive'] as const;

export interface ReadEntry {
  entry: GlossaryEntry;
  /** The node of the id's value, for duplicate-id messages. */
  idNode: Node;
}

/** A suggestion for a bad id: "Kafka Streams" → "kafka-streams". */
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

/**
 * Validate one entry node. Returns the entry when its required fields are valid; a bad optional
 * field is reported and left out, so one typo does not hide a whole entry.
 */
export function readEntry(node: Node | null, position: number, defaultCategory: string, report: Report): ReadEntry | undefined {
  if (!isMap(node)) {
    report(node, `entry ${position}: expected a mapping with id, name, kind and definition, not ${describe(node)}`);
    return undefined;
  }
  let where = `entry ${position}`;
  const pairs = pairsOf(node, report, where);
  const value = (name: string): Node | null => pairs.get(name)?.value ?? null;

  let id: string | undefined;
  const idPair = pairs.get('id');
  if (idPair) {
    id = readString(idPair.value, report, `${where}: field "id"`);
    if (id !== undefined && !ID_PATTERN.test(id)) {
      const hint = slug(id) ? ` (e.g. "${slug(id)}")` : '';
      report(idPair.value, `${where}: id ${JSON.stringify(id)} must be lower-case letters and digits joined by "-" or "."${hint}`);
      id = undefined;
    } else if (id !== undefined) {
      where = `entry "${id}"`;
    }
  }

  reportUnknown(pairs, FIELDS, report, where);
  let fatal = id === undefined;
  for (const name of REQUIRED) {
    if (pairs.has(name)) continue;
    report(idPair?.value ?? firstKey(node.items as Pair<Node, Node | null>[]) ?? node, `${where}: missing required field "${name}"`);
    fatal = true;
  }

  const field = `${where}: field`;
  const name = pairs.has('name') ? readString(value('name'), report, `${field} "name"`)?.trim() : undefined;
  if (name === '') report(value('name'), `${where}: name is empty`);
  const kind = pairs.has('kind') ? readEnum(value('kind'), ENTRY_KINDS, report, `${field} "kind"`) : undefined;
  let definition = pairs.has('definition') ? readString(value('definition'), report, `${field} "definition"`) : undefined;
  definition = definition?.trim().replace(/\s+/g, ' ');
  if (definition === '') report(value('definition'), `${where}: definition is empty`);
  else if (definition !== undefined && definition.length < MIN_DEFINITION) {
    report(value('definition'), `${where}: definition is too short (${definition.length} characters, at least ${MIN_DEFINITION})`);
  }
  if (fatal || !name || !kind || !definition || definition.length < MIN_DEFINITION) return undefined;

  const caseSensitive = pairs.has('case') && readEnum(value('case'), CASES, report, `${field} "case"`) === 'sensitive';
  const entry: GlossaryEntry = {
    id: id!,
    name,
    aliases: readAliases(name, caseSensitive, pairs.get('aliases'), report, where),
    category: defaultCategory,
    kind,
    definition,
    related: [],
  };

  if (pairs.has('category')) {
    const category = readString(value('category'), report, `${field} "category"`);
    if (category !== undefined && CATEGORY_PATTERN.test(category)) entry.category = category;
    else if (category !== undefined) report(value('category'), `${where}: category ${JSON.stringify(category)} must be lower-case words joined by "-"`);
  }
  if (pairs.has('url')) {
    const url = readString(value('url'), report, `${field} "url"`);
    if (url !== undefined && /^https:\/\/\S+$/.test(url.trim())) entry.url = url.trim();
    else if (url !== undefined) report(value('url'), `${where}: url must start with "https://"`);
  }
  if (pairs.has('related')) {
    const related = readStringList(value('related'), report, `${field} "related"`) ?? [];
    entry.related = [...new Set(related)];
  }
  if (pairs.has('since')) {
    const since = value('since');
    if (isScalar(since) && typeof since.value === 'number' && Number.isInteger(since.value) && since.value >= 1940 && since.value <= 2100) {
      entry.since = since.value;
    } else {
      report(since, `${field} "since" must be a year between 1940 and 2100, not ${describe(since)}`);
    }
  }
  if (pairs.has('context')) {
    const context = readContext(pairs.get('context')!, report, where);
    if (context) entry.context = context;
  }
  return { entry, idNode: idPair!.value! };
}

function firstKey(items: Pair<Node, Node | null>[]): Node | undefined {
  return items[0]?.key ?? undefined;
}

function readAliases(name: string, entryCase: boolean, pair: Pair<Node, Node | null> | undefined, report: Report, where: string): Alias[] {
  const aliases: Alias[] = [{ text: name, caseSensitive: entryCase, ambiguous: false }];
  if (!pair) return aliases;
  if (!isSeq(pair.value)) {
    report(pair.value, `${where}: field "aliases" must be a list, not ${describe(pair.value)}`);
    return aliases;
  }
  (pair.value.items as (Node | null)[]).forEach((item, i) => {
    const what = `${where}: alias ${i + 1}`;
    let alias: Alias | undefined;
    if (isMap(item)) {
      const pairs = pairsOf(item, report, what);
      reportUnknown(pairs, ALIAS_FIELDS, report, what);
      const textPair = pairs.get('text');
      if (!textPair) {
        report(item, `${what}: missing required field "text"`);
        return;
      }
      const text = readString(textPair.value, report, `${what}: field "text"`)?.trim();
      if (text === undefined) return;
      const c = pairs.get('case');
      const amb = pairs.get('ambiguous');
      let ambiguous = false;
      if (amb) {
        if (isScalar(amb.value) && typeof amb.value.value === 'boolean') ambiguous = amb.value.value;
        else report(amb.value, `${what}: field "ambiguous" must be true or false, not ${describe(amb.value)}`);
      }
      const caseSensitive = c ? readEnum(c.value, CASES, report, `${what}: field "case"`) === 'sensitive' : entryCase;
      alias = { text, caseSensitive, ambiguous };
      if (!text) report(textPair.value, `${what} is empty`);
    } else {
      const text = readString(item, report, what)?.trim();
      if (text === '') report(item, `${what} is empty`);
      if (text) alias = { text, caseSensitive: entryCase, ambiguous: false };
    }
    if (!alias?.text) return;
    const found = alias;
    // A spelled-out alias object overrides the flags of the same spelling given earlier (the name).
    const same = aliases.findIndex((a) => a.text === found.text);
    if (same < 0) aliases.push(found);
    else if (isMap(item)) aliases[same] = found;
  });
  return aliases;
}

function readContext(pair: Pair<Node, Node | null>, report: Report, where: string): ContextRule | undefined {
  const node = pair.value;
  if (!isMap(node)) {
    report(node, `${where}: field "context" must be a mapping with note, positive and negative, not ${describe(node)}`);
    return undefined;
  }
  const what = `${where}: context`;
  const pairs = pairsOf(node, report, what);
  reportUnknown(pairs, CONTEXT_FIELDS, report, what);
  const notePair = pairs.get('note');
  if (!notePair) report(pair.key, `${what}: missing required field "note"`);
  const note = notePair ? readString(notePair.value, report, `${what}: field "note"`) : undefined;
  const list = (name: string) => {
    const p = pairs.get(name);
    return p ? (readStringList(p.value, report, `${what}: field "${name}"`) ?? []) : [];
  };
  return { note: note?.trim() ?? '', positive: list('positive'), negative: list('negative') };
}
