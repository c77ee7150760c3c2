/**
 * The posting's own job title and company, when the text states them: front matter, "Company:"
 * style fields, the header lines before the first section (job boards put the title and the
 * company there), debris that names them ("Acme logo", "Save <title> at Acme"), or running text
 * ("we are looking for a Senior Data Engineer to join", "At Acme, we…", "Acme is the leading…").
 */
import type { Section } from '../types.ts';
import { splitLines, toDisplayText } from '../normalize.ts';
import { hasRoleWord, lookupAlias } from './vocabulary.ts';

export interface PostingMeta {
  title: string | null;
  company: string | null;
}

const clean = (s: string | undefined): string | null => {
  const t = toDisplayText(s ?? '').replace(/^[\s"'“”]+|[\s"'“”.,;:]+$/g, '');
  return t && t.length <= 100 ? t : null;
};

/** "Chime Chime" (a logo's alt text next to the name) → "Chime". */
function dedupe(name: string): string {
  const w = name.split(' ');
  const half = w.length / 2;
  return w.length % 2 === 0 && w.slice(0, half).join(' ') === w.slice(half).join(' ') ? w.slice(0, half).join(' ') : name;
}

const FIELDS = new Map<string, RegExp>();

/** Line terminators as a multiline `^` knows them. */
const isTerminator = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The value of the first "Company: Acme" style line. Such a line holds a colon, so only the lines
 * with one are tried, each with the pattern anchored at its start: a multiline `^` would make the
 * regex engine try every position of the posting.
 */
function field(text: string, names: string): string | null {
  let re = FIELDS.get(names);
  if (!re) FIELDS.set(names, (re = new RegExp(`^[ \\t]*[-•*]?[ \\t]*(?:${names})[ \\t]*[:：][ \\t]*(\\S[^\\r\\n\\u2028\\u2029]{0,99})$`, 'imy')));
  // The next ASCII and full-width colon at or after the current line, each searched for again only
  // once passed (a posting without a full-width colon is searched for one once).
  let ascii = -2;
  let wide = -2;
  for (let from = 0; from < text.length; ) {
    if (ascii !== -1 && ascii < from) ascii = text.indexOf(':', from);
    if (wide !== -1 && wide < from) wide = text.indexOf('：', from);
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon < 0) break;
    let start = colon;
    while (start > from && !isTerminator(text.charCodeAt(start - 1))) start--;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) return clean(m[1]);
    let end = colon;
    while (end < text.length && !isTerminator(text.charCodeAt(end))) end++;
    from = end + 1;
  }
  return null;
}

const NAME = "[A-Z][\\w&.'’-]{0,40}(?: [A-Z][\\w&.'’-]{0,40}){0,2}";
const NOT_COMPANIES = new Set(['This', 'It', 'We', 'Our', 'The', 'Here', 'That', 'There', 'You', 'Your', 'Which', 'What', 'Who', 'This Role', 'The Team', 'Our Team', 'The Role']);

/** Where prose names the company (`matchAll` copies a global regex, so these are shared safely). */
const PROSE_PATTERNS = [
  new RegExp(`\\bAt (${NAME}),? (?:we|our)\\b`, 'g'),
  new RegExp(`\\b(${NAME}) is (?:the|a|an) (?!plus\\b|bonus\\b|must\\b|big\\b|huge\\b|strong\\b|nice\\b|great\\b|good\\b|key\\b|core\\b|critical\\b|requirement|priority|advantage|asset)`, 'g'),
  new RegExp(`\\buse (${NAME}) to\\b`, 'g'),
  new RegExp(`\\b(${NAME}) is (?:committed|proud|an equal)`, 'g'),
  new RegExp(`\\bJoin (${NAME}) (?:and|as|to|in)\\b`, 'g'),
  new RegExp(`\\b(${NAME}) (?:is building|builds|is hiring|is looking|is growing|makes|helps|offers|was founded|protects|runs|powers)\\b`, 'g'),
];

/** The company most often named in "At X, we…", "X is the leading…", "X is committed to…". */
function companyFromProse(text: string): string | null {
  const sample = text.length > 300_000 ? text.slice(0, 300_000) : text;
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const seen = new Map<string, number>();
  const count = (name: string): number => {
    if (!seen.has(name)) seen.set(name, occurrences(sample, name));
    return seen.get(name)!;
  };
  for (const re of PROSE_PATTERNS) {
    for (const m of sample.matchAll(re)) {
      const name = /\p{Ll}\p{Lu}/u.test(m[1]!) ? unglue(m[1]!, count) : m[1]!;
      if (NOT_COMPANIES.has(name) || NOT_COMPANIES.has(name.split(' ')[0]!)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      firstAt.set(name, Math.min(firstAt.get(name) ?? Infinity, m.index));
    }
  }
  // A name said once counts only in the opening lines ("Trellis is a B2B marketplace…").
  let best: string | null = null;
  for (const [name, n] of counts) if ((!best || n > counts.get(best)!) && (count(name) >= 2 || firstAt.get(name)! < 400)) best = name;
  return best;
}

/** How often `name` occurs as a word in the text (glued after a lower-case letter counts: "BenefitsAcme"). */
export function occurrences(text: string, name: string): number {
  // A substring search with the two boundary tests, instead of a regex compiled for each name.
  let n = 0;
  for (let i = text.indexOf(name); i >= 0; ) {
    const before = codePointBefore(text, i);
    const after = text.codePointAt(i + name.length);
    const word = !(before !== undefined && NOT_BEFORE.test(String.fromCodePoint(before))) && !(after !== undefined && NOT_AFTER.test(String.fromCodePoint(after)));
    if (word) n++;
    i = text.indexOf(name, i + (word ? name.length : 1));
  }
  return n;
}

const NOT_BEFORE = /^[\p{Lu}\d]$/u;
const NOT_AFTER = /^[\p{Ll}\d]$/u;

/** The code point that ends before offset `i` (a surrogate pair read whole), or undefined at the start. */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const pair = i > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  return text.codePointAt(pair ? i - 2 : i - 1);
}

/** "Job DescriptionAbout NovaPayNovaPay" (headings glued to the name) → "NovaPay". */
function unglue(name: string, count: (word: string) => number): string {
  const words = name.split(' ');
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    for (let i = 1; i < word.length; i++) {
      if (!(/\p{Ll}/u.test(word[i - 1]!) && /\p{Lu}/u.test(word[i]!))) continue;
      const rest = [word.slice(i), ...words.slice(w + 1)].join(' ');
      if (count(word.slice(i)) >= 2) return rest;
    }
  }
  return name;
}

const all = (list: Section[]): Section[] => list.flatMap((s) => [s, ...all(s.children)]);

/** "About Northwind" / "ABOUT NORTHWIND" headings name the company (spelled as the text spells it). */
function companyFromHeading(text: string, sections: Section[]): string | null {
  for (const s of all(sections)) {
    const m = /^about (?!us\b|the\b|our\b|you\b|this\b|the role\b)(.{2,40})$/i.exec(s.title);
    if (m && s.kind === 'company') {
      const name = m[1]!;
      if (name !== name.toUpperCase()) return name;
      const mixed = new RegExp(`\\b(${name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')})\\b`, 'i').exec(text.slice(s.headingSpan.end));
      return mixed ? mixed[1]! : name;
    }
  }
  return null;
}

const TITLE_TOKEN = "(?:[A-Z][\\w+#/&().'’-]{0,40}|[-–,&/]|of|and|for|in)";
const LOOKING_FOR = new RegExp(`\\b(?:looking for|hiring|seeking|searching for|recruiting)\\s+(?:an?\\s+|our\\s+(?:next\\s+)?|talented\\s+|experienced\\s+)*(${TITLE_TOKEN}(?:\\s+${TITLE_TOKEN}){0,11})\\s+(?:to|who|with|that|in|at|for|on)\\b`);

function titleFromProse(text: string): string | null {
  const m = LOOKING_FOR.exec(text.length > 300_000 ? text.slice(0, 300_000) : text);
  if (!m) return null;
  const t = m[1]!.replace(/(\s+(?:[-–,&/]|of|and|for|in))+$/, '');
  return hasRoleWord(t) ? clean(t) : null;
}

/** Header lines: the lines of the untitled sections before the first titled one (debris included). */
function headerLines(text: string, sections: Section[]): { line: string; noise: boolean }[] {
  const out: { line: string; noise: boolean }[] = [];
  for (const s of sections) {
    if (s.title) break;
    for (const l of splitLines(text.slice(s.span.start, s.span.end))) {
      const line = toDisplayText(text.slice(s.span.start + l.start, s.span.start + l.end));
      if (line) out.push({ line, noise: s.kind === 'noise' });
    }
  }
  return out.slice(0, 40);
}

const looksLikeTitle = (line: string): boolean =>
  line.length <= 100 && line.split(' ').length <= 14 && hasRoleWord(line) && !/[.!?:]$/.test(line) && !/[:：]\s/.test(line) && !lookupAlias(line);

const COMPANY_SUFFIX = /\b(inc|llc|ltd|gmbh|ag|sa|bv|corp|corporation|plc|limited|pty)\.?$|^주식회사|\(주\)|株式会社/i;
const NOT_A_NAME = /^(remote|hybrid|on-?site|in[- ]office|full[- ]?time|part[- ]?time|contract|temporary|united states|usa|us|uk|eu|europe|worldwide|anywhere|new|urgent|hiring)\b/i;

/** A name from a header line is the company when the text names it again, or it reads "… GmbH". */
function companyCandidate(text: string, raw: string | undefined, verify = true): string | null {
  const name = clean(dedupe((raw ?? '').replace(/(\*\*|__)/g, '').trim()));
  if (!name || name.split(' ').length > 5 || NOT_A_NAME.test(name) || /[,/:\d]/.test(name) || !/^[\p{Lu}\p{Lo}]/u.test(name)) return null;
  return !verify || COMPANY_SUFFIX.test(name) || occurrences(text, name) >= 2 ? name : null;
}

/** "Senior Engineer at Acme", "🌱 Fullstack Engineer @ Sprout", "Acme | Senior Rust Engineer | Remote". */
function splitTitleLine(line: string): { title: string; company: string | null } | null {
  const parts = line.split(/\s+[|·•]\s+/);
  let title = line;
  let company: string | null = null;
  if (parts.length > 1) {
    const i = parts.findIndex(looksLikeTitle);
    if (i < 0) return null;
    title = parts[i]!;
    if (i > 0) company = parts[0]!;
  } else if (!looksLikeTitle(line)) return null;
  const at = /^(.+?)\s+(?:at|@)\s+(\p{Lu}.{0,60})$/u.exec(title);
  if (at) {
    title = at[1]!;
    company = at[2]!.replace(/\s*\([^)]*\)$/, ''); // "Orca Freight (Remote)"
  }
  const t = clean(title.replace(/^[^\p{L}\p{N}(]+|[\s=*#~_]+$/gu, ''));
  return t ? { title: t, company } : null;
}

/** The name part of the line under the title ("Chime Chime · Fintech · San Francisco"). */
const firstPart = (line: string | undefined): string | undefined => line?.split(/\s+[·•|–-]\s+/)[0];

export function findPostingMeta(text: string, sections: Section[], front: PostingMeta = { title: null, company: null }): PostingMeta {
  let title = front.title;
  let company = front.company ?? field(text, 'company|company name|employer|organi[sz]ation|brand|hiring company');
  title ??= field(text, 'job title|position title|title|position|role');
  if (title && !hasRoleWord(title) && !front.title) title = null;

  const header = headerLines(text, sections);
  for (let k = 0; k < header.length; k++) {
    const { line, noise } = header[k]!;
    if (noise) {
      company ??= clean(/^(.{1,60}) logo$/i.exec(line)?.[1]) ?? clean(/^Save .{1,150} at (.{1,80})$/.exec(line)?.[1]);
      continue;
    }
    const split = title ? null : splitTitleLine(line);
    if (!split) continue;
    title = split.title;
    company ??= companyCandidate(text, split.company ?? undefined, false);
    const next = header.slice(k + 1).find((h) => !h.noise)?.line;
    company ??= companyCandidate(text, firstPart(next));
    // "Société Générale des Données – Lyon": a name and a place.
    const pair = next ? /^(.+?) [–—-] (\p{Lu}[\p{L}' .]{1,30})$/u.exec(next) : null;
    if (pair && !/,/.test(pair[2]!)) company ??= companyCandidate(text, pair[1], false);
  }
  // A first heading that names a job ("# Senior Backend Engineer") is the title, not a section;
  // the line under it often names the company ("**Orbital Analytics** · Berlin").
  const firstTitled = sections.find((s) => s.title);
  const split = !title && firstTitled && firstTitled.kind === 'other' ? splitTitleLine(firstTitled.title) : null;
  if (split) {
    title = split.title;
    company ??= companyCandidate(text, split.company ?? undefined, false);
    const first = firstTitled!.items[0];
    // A bold name ("**Orbital Analytics** · Berlin") needs no second mention.
    const bold = !!first && /^(\*\*|__)/.test(text.slice(first.span.start, first.span.end));
    company ??= companyCandidate(text, firstPart(first?.text), !bold);
  }
  // "Position" / "募集職種" sections that hold just the job's name.
  const named = all(sections).find((s) => /^(job title|position title|position|role|title|募集職種|職種|모집 직무|포지션)$/i.test(s.title) && s.items.length === 1);
  if (!title && named && named.items[0]!.text.length <= 80) title = named.items[0]!.text;
  title ??= titleFromProse(text);
  company ??= field(text, 'legal entity') ?? companyFromProse(text) ?? companyFromHeading(text, sections);
  return { title, company: company ? dedupe(company) : null };
}
