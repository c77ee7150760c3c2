// What the grammar is generated from: the glossary (data/glossary/*.yaml, read through the core's
// own parser so the grammar and the hovers agree on every name) and the section headings and page
// debris of data/sections.yaml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/**
 * Every entry of the `*.yaml` files in `dir`, sorted by file name, as
 * `{ id, kind, aliases: { text, caseSensitive, ambiguous }[] }`. Throws on a glossary error, with
 * the same file:line:column message the data build prints.
 */
export async function loadGlossary(root, dir) {
  if (!existsSync(dir)) return [];
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const { parseGlossary } = await import(pathToFileURL(path.join(root, 'src/core/glossary/parse.ts')).href);
    const entries = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
      const rel = path.relative(root, path.join(dir, f)).split(path.sep).join('/');
      const result = parseGlossary(readFileSync(path.join(dir, f), 'utf8'), rel);
      const e = result.errors[0];
      if (e) throw new Error(`${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}`);
      entries.push(...result.entries.map(({ id, kind, aliases }) => ({ id, kind, aliases })));
    }
    return entries;
  } finally {
    await unregister();
  }
}

/**
 * data/sections.yaml as `{ headings: { kind: key[] }, debrisLines: key[], debrisPatterns: string[] }`,
 * or null when the file does not exist. Keys are normalised heading phrasings (see the file's header).
 */
export function loadSections(file) {
  if (!existsSync(file)) return null;
  const data = parse(readFileSync(file, 'utf8')) ?? {};
  const headings = {};
  for (const [kind, keys] of Object.entries(data.aliases ?? {})) headings[kind] = (keys ?? []).map(String);
  for (const key of data.containers ?? []) if (!Object.values(headings).some((k) => k.includes(key))) (headings.about ??= []).push(String(key));
  return {
    headings,
    debrisLines: (data.noise?.lines ?? []).map(String),
    debrisPatterns: (data.noise?.patterns ?? []).map(String),
  };
}

/** Contractions whose apostrophe the normalised keys drop ("youll" is "you'll"). */
const CONTRACTION = /^(you|we|they|i|it|what|that|who|there|here|let|where|how|she|he)(ll|re|ve|d|s|m)$|^(don|can|won|isn|aren|doesn|didn|wasn|weren)(t)$/;

/**
 * A normalised heading key as pattern atoms: words joined by any run of spaces, hyphens or dropped
 * punctuation, dropped apostrophes allowed back ("what youll do" matches "What You’ll Do").
 */
export function keyAtoms(key) {
  const atoms = [];
  const words = key.trim().split(/\s+/);
  words.forEach((word, i) => {
    if (i > 0) atoms.push("[\\s\\-‐‑–—/,;:.]*[\\s\\-‐‑–—/]");
    const m = CONTRACTION.exec(word.toLowerCase());
    if (m) {
      atoms.push(...[...(m[1] ?? m[3])].map(literal), "['’]?", ...[...(m[2] ?? m[4])].map(literal));
    } else {
      atoms.push(...[...word].map(literal));
    }
  });
  return atoms;
}

const literal = (ch) => (/[\\^$.*+?()[\]{}|#\-/]/.test(ch) ? '\\' + ch : ch === '&' ? '(?:&|and)' : ch);
