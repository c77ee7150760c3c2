// Expands a grammar source (syntaxes/*.tmLanguage.yaml) into the grammar VS Code loads:
//   - `x-*` keys at the top are inputs for this step and are dropped from the output;
//   - `{{name}}` in any string is replaced by a fragment (hand-written ones from `x-fragments`,
//     generated ones from data/: `skill-names`, `heading-kinds`, `debris`, …);
//   - a value `{ x-generated: name }` is replaced by a generated rule (skills, heading captures).
import { atomsOf, buildTrie, caseless, emitTrie, factorAtoms } from './trie.mjs';
import { keyAtoms } from './sources.mjs';

/** The generated fragments and rules for one source, from the glossary and the sections data. */
export function generatedParts(source, { entries, sections }) {
  const frag = { ...(source['x-fragments'] ?? {}) };
  const expandFrag = (s) => s.replace(/\{\{([\w-]+)\}\}/g, (m, k) => (k in frag ? frag[k] : m));
  for (let i = 0; i < 3; i++) for (const k of Object.keys(frag)) frag[k] = expandFrag(frag[k]);

  const kinds = source['x-section-kinds'] ?? [];
  const headingKeys = { ...(sections?.headings ?? {}) };
  for (const [kind, extra] of Object.entries(source['x-headings'] ?? {})) headingKeys[kind] = [...(headingKeys[kind] ?? []), ...extra];
  const headingAlt = kinds.map((k) => `(${factorAtoms(unique(headingKeys[k] ?? []).map((key) => keyAtoms(key).map(caseless))) || '(?!)'})`).join('|');
  frag['heading-kinds'] = headingAlt;
  // The same, each phrase starting with a capital letter (the rest any case): a pattern whose first
  // character is a capital lets Oniguruma skip all other positions of a long scraped line.
  const capitalised = () =>
    kinds.map((k) => `(${factorCapitalised(unique(headingKeys[k] ?? []).map((key) => keyAtoms(key).map((a, i) => (i ? caseless(a) : a)))) || '(?!)'})`).join('|');
  frag['heading-kinds-capitalised'] = capitalised('');
  // Every heading phrase in one trie, looked ahead for before the alternatives of the kinds: a line
  // that starts with no heading phrase (most lines) is rejected by one trie walk instead of one per kind.
  const allKeys = unique(kinds.flatMap((k) => headingKeys[k] ?? []));
  frag['heading-any'] = factorAtoms(uniqueAtoms(allKeys.map((key) => keyAtoms(key).map(caseless)))) || '(?!)';
  frag['heading-any-capitalised'] = factorCapitalised(uniqueAtoms(allKeys.map((key) => keyAtoms(key).map((a, i) => (i ? caseless(a) : a))))) || '(?!)';
  frag['debris'] = debrisPattern(source['x-debris'] ?? {}, sections);
  // Fragments that use generated ones are expanded again.
  for (const k of Object.keys(frag)) frag[k] = frag[k].replace(/\{\{([\w-]+)\}\}/g, (m, x) => frag[x] ?? m);

  const skills = source['x-skill-scopes'] ? termRules(entries, source['x-skill-scopes'], frag, (source['x-term-stubs'] ?? []).map(String)) : { term: { match: '(?!)' }, alone: [], stats: {} };
  const rules = {
    term: skills.term,
    'skills-alone': { patterns: skills.alone },
    'heading-captures': (first) => Object.fromEntries(kinds.map((k, i) => [String(first + i), { name: `markup.heading.${k}.posting` }])),
  };
  return { frag, rules, names: skills.names ?? '', stats: skills.stats };
}

/** Expand a source object into the grammar object. */
export function expand(source, parts) {
  const walk = (v) => {
    if (typeof v === 'string') return v.replace(/\{\{([\w-]+)\}\}/g, (m, k) => {
      if (!(k in parts.frag)) throw new Error(`unknown fragment {{${k}}}`);
      return parts.frag[k];
    });
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const own = Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('x-') && !(k === 'first' && 'x-generated' in v)).map(([k, x]) => [k, walk(x)]));
      if (!('x-generated' in v)) return own;
      const rule = parts.rules[v['x-generated']];
      if (!rule) throw new Error(`unknown generated rule ${v['x-generated']}`);
      return { ...own, ...(typeof rule === 'function' ? rule(v.first ?? 1) : rule) };
    }
    return v;
  };
  return walk(source);
}

const unique = (xs) => [...new Set(xs)].sort();
const uniqueAtoms = (seqs) => [...new Map(seqs.map((s) => [s.join('\u0000'), s])).values()];

/**
 * One rule per glossary kind: `{{skill-left}}(?:(?i:<factored case-insensitive names>)|<factored
 * case-sensitive names>){{skill-right}}`. Ambiguous spellings are left out of these rules and go to
 * the context rules instead (alone on a line; in a list). A spelling claimed by two kinds keeps the
 * first kind in `x-skill-scopes` order (the glossary tests flag such clashes).
 *
 * The rules of all kinds compete at the same position and the engine takes the first rule that
 * matches, not the longest match, so a name that another kind extends ("TensorFlow" of
 * "TensorFlow Serving") gets a negative lookahead for those extensions.
 */
function termRules(entries, scopes, frag, stubs) {
  const kinds = Object.keys(scopes);
  const seen = new Set();
  const buckets = [];
  const bucket = (kind, cs, amb) => {
    let b = buckets.find((x) => x.kind === kind && x.cs === cs && x.amb === amb);
    if (!b) buckets.push((b = { kind, cs, amb, words: [] }));
    return b;
  };
  const sorted = [...entries].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of sorted) {
    if (!scopes[e.kind]) throw new Error(`glossary entry "${e.id}": kind "${e.kind}" has no scope in x-skill-scopes`);
    for (const a of e.aliases) {
      const text = a.text.trim().replace(/[\s\-‐‑]+/g, ' ');
      const word = a.caseSensitive ? text : text.toLowerCase();
      const key = `${a.caseSensitive ? 's' : 'i'}:${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      bucket(e.kind, a.caseSensitive, a.ambiguous).words.push(word);
    }
  }
  const plainBuckets = buckets.filter((b) => !b.amb);
  /** Atoms of `word` in bucket `b`, ending in a lookahead against extensions from other buckets. */
  const guarded = (word, b) => {
    const atoms = b.cs ? atomsOf(word) : atomsOf(word.toLowerCase()).map(caseless);
    const lower = word.toLowerCase();
    const rests = [];
    for (const o of plainBuckets) {
      if (o === b) continue;
      for (const t of o.words) {
        if (t.length > word.length && t.toLowerCase().startsWith(lower)) rests.push(atomsOf(t.toLowerCase()).slice(atoms.length).map(caseless));
      }
    }
    if (!rests.length) return atoms;
    return [...atoms, `(?!${factorAtoms(uniqueAtoms(rests))}(?!${frag['W']}))`];
  };
  const size = (kind) => buckets.filter((b) => b.kind === kind && !b.amb).reduce((n, b) => n + b.words.length, 0);
  const names = (kind, amb) => {
    const alts = [];
    for (const cs of [false, true]) {
      const b = buckets.find((x) => x.kind === kind && x.cs === cs && x.amb === amb);
      if (!b?.words.length) continue;
      alts.push(factorAtoms(unique(b.words).map((w) => guarded(w, b))));
    }
    return alts.length === 0 ? '' : alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  // The alternatives of the `term` rule, in priority order, each with the scope of its group.
  const alts = [];
  const phrase = (key, scope) => frag[key] && alts.push({ re: `(${frag[key]})`, caps: [scope] });
  phrase('years', 'constant.numeric.years.posting');
  phrase('degree', 'string.other.degree.posting');
  // Spellings are unique across kinds (and guarded against longer ones), so the order of these
  // alternatives only decides speed: the kinds with the most names are tried first.
  const bySize = [...kinds].sort((a, b) => size(b) - size(a) || kinds.indexOf(a) - kinds.indexOf(b));
  for (const k of bySize) {
    const p = names(k, false);
    if (p) alts.push({ re: `(${p}${frag['skill-plural']})${frag['skill-right']}`, caps: [scopes[k]] });
  }
  const ambiguous = kinds.map((k) => [k, names(k, true)]).filter(([, a]) => a);
  const alone = [];
  if (ambiguous.length) {
    const groups = ambiguous.map(([, a]) => `(${a})`).join('|');
    const caps = ambiguous.map(([k]) => scopes[k]);
    // Alone on its line (after a bullet): "• Go", a line "C" in a list of skills.
    // Every ambiguous spelling in one trie, looked ahead for with the line end after it: a line that
    // is not one of them alone is rejected by one trie walk instead of one per kind.
    const ambAtoms = buckets.filter((b) => b.amb).flatMap((b) => b.words.map((w) => (b.cs ? atomsOf(w) : atomsOf(w.toLowerCase()).map(caseless))));
    const anyAlone = `(?=${factorAtoms(uniqueAtoms(ambAtoms))}${frag['alone-after']})`;
    alone.push({
      match: `${frag['alone-before']}${anyAlone}(?:${groups})${frag['alone-after']}`,
      captures: { 1: { name: 'punctuation.definition.list.begin.markdown.posting' }, ...capturesOf(caps, 2) },
    });
    // Between list separators: "Python, Go, Scala", "C/C++", "(Go)", "Spark or Flink".
    const bare = ambiguous.map(([, a]) => a).join('|');
    alts.push({ re: `(?:${frag['list-before']}|(?=(?:${bare})${frag['list-after']}))(?:${groups})${frag['skill-right']}`, caps });
  }
  phrase('required', 'keyword.control.required.posting');
  phrase('preferred', 'keyword.other.preferred.posting');

  // The look-ahead: every name (ambiguous ones too) and every phrase stub in one factored trie.
  const allCi = [...buckets.filter((b) => !b.cs).flatMap((b) => b.words), ...stubs].map((w) => atomsOf(w.toLowerCase()).map(caseless));
  const allCs = buckets.filter((b) => b.cs).flatMap((b) => b.words).map(atomsOf);
  const tries = [];
  if (allCi.length + allCs.length) tries.push(factorAtoms(uniqueAtoms([...allCi, ...allCs])));
  const detect = [...(tries.length ? [`(?:${tries.join('|')})${frag['skill-right']}`] : []), '\\d'];
  const firsts = new Set();
  for (const b of buckets) for (const w of b.words) for (const c of [[...w][0], [...w][0].toUpperCase(), [...w][0].toLowerCase()]) if (!/[\p{L}\p{N}]/u.test(c)) firsts.add(c);
  const first = `[\\p{L}\\p{N}${[...firsts].sort().map((c) => (/[\\\]^[-]/.test(c) ? '\\' + c : c)).join('')}]`;

  let group = 1;
  const captures = {};
  const body = alts.map((a) => {
    for (const c of a.caps) captures[String(group++)] = { name: c };
    return a.re;
  });
  const term = alts.length
    ? { match: `${frag['skill-left']}(?=${first})(?=${detect.join('|')})(?:${body.join('|')})`, captures }
    : { match: '(?!)' };
  const count = (amb) => buckets.filter((b) => b.amb === amb).reduce((n, b) => n + b.words.length, 0);
  // `names`: the trie of every name and stub alone, for the benchmark's floor variants.
  return { term, alone, names: tries.join('|'), stats: { names: count(false), ambiguous: count(true) } };
}

const capturesOf = (scopes, first) => Object.fromEntries(scopes.map((name, i) => [String(first + i), { name }]));

/**
 * Whole lines of job-board debris: the `noise` lines and patterns of data/sections.yaml plus the
 * source's own, as one case-insensitive line-anchored pattern.
 */
function debrisPattern(own, sections) {
  const lines = unique([...(sections?.debrisLines ?? []), ...(own.lines ?? [])]);
  const patterns = unique([...(sections?.debrisPatterns ?? []), ...(own.patterns ?? [])]).map(toOniguruma);
  const anchored = [];
  const anywhere = [];
  if (lines.length) anchored.push(`${factorAtoms(lines.map(keyAtoms))}[ \\t]*[.!?:]*[ \\t]*$`);
  for (const p of patterns) {
    if (p.startsWith('^')) anchored.push(p.slice(1).replace(/\$$/, '[ \\t]*$'));
    else anywhere.push(p);
  }
  // Anchored patterns start at the first non-blank; the others are searched in one pass over a
  // line of at most 160 characters (debris lines are short, content lines are spared the scan).
  const alts = [];
  if (anchored.length) alts.push(`[ \\t]*(?:${anchored.map((a) => `(?:${a})`).join('|')})`);
  if (anywhere.length) {
    // Each position is first checked against the first characters the patterns can start with.
    const firsts = [...new Set(anywhere.flatMap(firstLetters))].sort().join('');
    alts.push(`(?=[^\\n]{0,120}$).*?(?=[${firsts}])(?:${anywhere.map((a) => `(?:${a})`).join('|')})`);
  }
  return alts.length ? `(?i:(?=${alts.join('|')}).*$)` : '(?!)';
}

/** A JavaScript pattern from data/ as Oniguruma: groups made non-capturing (the rule has no captures). */
export function toOniguruma(js) {
  let out = '';
  for (let i = 0; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') {
      out += c + js[++i];
    } else if (c === '[') {
      let j = i + 1;
      while (j < js.length && js[j] !== ']') j += js[j] === '\\' ? 2 : 1;
      out += js.slice(i, j + 1);
      i = j;
    } else if (c === '(' && js[i + 1] !== '?') {
      out += '(?:';
    } else {
      out += c;
    }
  }
  return out;
}

/** A trie whose first atom is a capital letter and the rest any case: `R[eE][sS]…`. */
function factorCapitalised(sequences) {
  const trie = buildTrie(sequences);
  const alts = [...trie.next.keys()].sort().map((first) => {
    const upper = first.toUpperCase();
    const child = trie.next.get(first);
    const rest = emitTrie(child);
    const head = upper === first ? first : upper;
    return head + rest;
  });
  return alts.length ? `(?:${alts.join('|')})` : '';
}

/**
 * The characters a debris pattern can start with (after a leading \b): letters of its first
 * literal or alternation, `\\d` for a digit. Unknown shapes give `\\s\\S` (anything).
 */
function firstLetters(p) {
  const body = p.replace(/^\\b/, '');
  if (body.startsWith('\\d')) return ['\\d'];
  const group = /^\(\?:([^()]*)\)\??(.)/.exec(body);
  if (group) {
    const opts = group[1].split('|').map((o) => o[0]);
    const optional = /^\([^()]*\)\?/.test(body);
    return [...opts, ...(optional ? firstLetters(body.replace(/^\([^()]*\)\?\s*/, '')) : [])].flatMap(caseBoth);
  }
  if (/^[a-z]/i.test(body)) return caseBoth(body[0]);
  return ['\\s\\S'];
}

const caseBoth = (c) => (c.length === 1 && /[a-z]/i.test(c) ? [c.toLowerCase(), c.toUpperCase()] : [c]);
