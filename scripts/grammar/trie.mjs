// Factored regular expressions: a list of spellings becomes a trie of shared prefixes, emitted as
// nested non-capturing groups. On the real TextMate engine a flat alternation of ~2,000 names is
// several times slower than the factored form, which lets Oniguruma reject most positions on their
// first character and never re-tries a shared prefix.

/** Characters that mean something in an Oniguruma pattern. */
const META = /[\\^$.*+?()[\]{}|#\-/]/;

/** Spaces and hyphens are one separator to the glossary matcher ("real-time" = "real time"). */
export const SEPARATOR = '[\\s\\-‐‑]+';
export const APOSTROPHE = "['’]";

/** One character of a spelling as a pattern atom. */
export function charPattern(ch) {
  if (ch === ' ' || ch === '-') return SEPARATOR;
  if (ch === "'" || ch === '’') return APOSTROPHE;
  if (META.test(ch)) return '\\' + ch;
  return ch;
}

/** A spelling as atoms: one per code point, runs of spaces and hyphens folded into one separator. */
export function atomsOf(text) {
  return [...text.trim().replace(/[\s\-‐‑]+/g, ' ')].map(charPattern);
}

/** A trie keyed by atoms; `end` marks a complete sequence. */
export function buildTrie(sequences) {
  const root = { next: new Map(), end: false };
  for (const seq of sequences) {
    let node = root;
    for (const atom of seq) {
      if (!node.next.has(atom)) node.next.set(atom, { next: new Map(), end: false });
      node = node.next.get(atom);
    }
    node.end = true;
  }
  return root;
}

/**
 * The trie as a pattern. Children are emitted in sorted order so the output is deterministic; an
 * optional tail is greedy, so the longest spelling is tried first ("JavaScript" before "Java").
 */
export function emitTrie(node) {
  const alts = [];
  const leaves = [];
  for (const atom of [...node.next.keys()].sort()) {
    const child = node.next.get(atom);
    if (child.next.size === 0 && isLiteralChar(atom)) leaves.push(atom);
    else alts.push(emitEdge(atom, child));
  }
  // Single-character leaves collapse into one class: (?:a|b|c) → [abc].
  if (leaves.length === 1) alts.push(leaves[0]);
  else if (leaves.length > 1) alts.push(`[${leaves.map((a) => a.replace(/^\\/, '')).map(classChar).join('')}]`);
  if (alts.length === 0) return '';
  if (alts.length > DISPATCH) dispatch(alts);
  const group = `(?:${alts.join('|')})`;
  if (node.end) return alts.length === 1 && isAtom(alts[0]) ? `${alts[0]}?` : `${group}?`;
  return alts.length === 1 ? alts[0] : group;
}

/**
 * Oniguruma tries the alternatives of a group one after another, so a word that is not a name pays
 * for every branch before its first letter. Above this many branches they are put in buckets behind
 * a one-character class look-ahead (`(?=[a-f])(?:a…|b…|…)`): about √n checks instead of n/2.
 */
const DISPATCH = 8;

function dispatch(alts) {
  const keyed = alts.filter((a) => firstChar(a) !== null);
  if (keyed.length <= DISPATCH) return;
  const rest = alts.filter((a) => firstChar(a) === null);
  const size = Math.ceil(Math.sqrt(keyed.length));
  const buckets = [];
  for (let i = 0; i < keyed.length; i += size) {
    const chunk = keyed.slice(i, i + size);
    const chars = [...new Set(chunk.flatMap(firstChars))].map(classChar).join('');
    buckets.push(chunk.length === 1 ? chunk[0] : `(?=[${chars}])(?:${chunk.join('|')})`);
  }
  alts.splice(0, alts.length, ...buckets, ...rest);
}

/** The characters a branch can start with (`a…` → a, `\+…` → +, `[kK]…` → k K), or null. */
function firstChars(alt) {
  if (/^\\[^\p{L}\p{N}]/u.test(alt)) return [alt[1]];
  const cls = /^\[([^\]\\^]+)\]/u.exec(alt);
  if (cls) return [...cls[1]];
  if (/^[^\\[(|)?*+{}.^$]/u.test(alt)) return [[...alt][0]];
  return null;
}

const firstChar = (alt) => firstChars(alt)?.[0] ?? null;

/**
 * A letter as a class of its two cases (`k` → `[kK]`). Used instead of `(?i:…)`: Oniguruma compiles
 * a case-insensitive trie of a few thousand names ~5× slower (Unicode multi-character folds), and
 * the editor waits for that compile before it colours anything.
 */
export function caseless(atom) {
  if ([...atom].length !== 1) return atom;
  const lower = atom.toLowerCase();
  const upper = atom.toUpperCase();
  return lower !== upper && [...upper].length === 1 ? `[${lower}${upper}]` : atom;
}

/** An edge and everything under it, single-child chains written as one literal run. */
function emitEdge(atom, child) {
  let out = atom;
  let node = child;
  while (node.next.size === 1 && !node.end) {
    const [[a, n]] = node.next;
    out += a;
    node = n;
  }
  return out + wrapTail(emitTrie(node));
}

/** A tail that is an alternation must be grouped before it is appended to a literal run. */
function wrapTail(p) {
  return p === '' || isAtom(p.replace(/\?$/, '')) || !hasTopLevelBar(p) ? p : `(?:${p})`;
}

const isLiteralChar = (atom) => /^(?:\\.|[^\\[(])$/u.test(atom);
const classChar = (c) => (/[\\\]^[-]/.test(c) ? '\\' + c : c);

/** Is the pattern one atom that a `?` may follow (one char, one escape, one class or one group)? */
function isAtom(p) {
  if (/^(?:\\.|[^\\])$/u.test(p)) return true;
  if (/^\[(?:\\.|[^\]\\])*\]$/u.test(p)) return true;
  return p.startsWith('(') && p.endsWith(')') && closingOf(p, 0) === p.length - 1;
}

/** Index of the parenthesis that closes the one at `open`. */
function closingOf(p, open) {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(p, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function classEnd(p, i) {
  for (i++; i < p.length && p[i] !== ']'; i++) if (p[i] === '\\') i++;
  return i;
}

function hasTopLevelBar(p) {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(p, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Factored pattern for sequences that are already atoms. */
export function factorAtoms(sequences) {
  return emitTrie(buildTrie(sequences));
}
