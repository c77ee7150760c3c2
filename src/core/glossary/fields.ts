import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';

/**
 * Small typed readers over `yaml` nodes that report what is wrong in words a person understands.
 * Every reader returns `undefined` after reporting; the caller decides whether that is fatal.
 */

export type Report = (node: Node | null | undefined, message: string) => void;

/** "a string", "a number (2018)", "a list", "a mapping", "nothing" … for wrong-type messages. */
export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isAlias(node)) return `a YAML alias (*${node.source})`;
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 37) + '…' : v)})`;
    if (typeof v === 'number') return `a number (${v})`;
    if (typeof v === 'boolean') return `${v}`;
    return `a ${typeof v}`;
  }
  return 'something else';
}

/** The mapping's pairs keyed by plain string keys; other keys are reported. */
export function pairsOf(map: YAMLMap, report: Report, where: string): Map<string, Pair<Node, Node | null>> {
  const pairs = new Map<string, Pair<Node, Node | null>>();
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    const key = pair.key;
    if (isScalar(key) && typeof key.value === 'string') {
      if (!pairs.has(key.value)) pairs.set(key.value, pair);
    } else {
      report(key, `${where}: a field name must be plain text, not ${describe(key)}`);
    }
  }
  return pairs;
}

/** Report the fields of `pairs` that are not in `known`, suggesting the closest known name. */
export function reportUnknown(
  pairs: Map<string, Pair<Node, Node | null>>,
  known: readonly string[],
  report: Report,
  where: string,
): void {
  for (const [name, pair] of pairs) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    const hint = guess ? ` (did you mean "${guess}"?)` : ` (known fields: ${known.join(', ')})`;
    report(pair.key, `${where}: unknown field ${JSON.stringify(name)}${hint}`);
  }
}

export function readString(node: Node | null, report: Report, what: string): string | undefined {
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  report(node, describe(node) === 'nothing' ? `${what} is empty` : `${what} must be text, not ${describe(node)}`);
  return undefined;
}

export function readStringList(node: Node | null, report: Report, what: string): string[] | undefined {
  if (!isSeq(node)) {
    report(node, `${what} must be a list of text, not ${describe(node)}`);
    return undefined;
  }
  const out: string[] = [];
  (node.items as (Node | null)[]).forEach((item, i) => {
    const s = readString(item, report, `${what}[${i + 1}]`);
    if (s !== undefined && s.trim()) out.push(s.trim());
    else if (s !== undefined) report(item, `${what}[${i + 1}] is empty`);
  });
  return out;
}

export function readEnum<T extends string>(node: Node | null, values: readonly T[], report: Report, what: string): T | undefined {
  if (isScalar(node) && typeof node.value === 'string' && (values as readonly string[]).includes(node.value)) {
    return node.value as T;
  }
  const shown = isScalar(node) && typeof node.value === 'string' ? JSON.stringify(node.value) : describe(node);
  report(node, `${what} must be one of ${values.join(', ')}, not ${shown}`);
  return undefined;
}

/** Levenshtein-closest candidate within distance 2 (typos like `alias`, `defintion`). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c);
    if (d < bestDistance || (c.startsWith(word) && word.length >= 3 && bestDistance > 2)) {
      best = c;
      bestDistance = Math.min(d, 2);
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
