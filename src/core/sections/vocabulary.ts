/**
 * The heading vocabulary of data/sections.yaml: heading aliases → kinds, wrapper ("container")
 * headings, qualifier words, job-board debris and job-title words.
 */
import data from '../../generated/sections.json';
import { decodeEntities, repairMojibake } from '../normalize.ts';
import { SECTION_KINDS, type SectionKind } from '../types.ts';

interface SectionsData {
  aliases: Record<string, string[]>;
  containers: string[];
  qualifiers: string[];
  noise: { lines: string[]; patterns: string[] };
  roleWords: string[];
}

const table = data as SectionsData;

/**
 * The comparison key of a heading: mojibake repaired, lower case, quotes and accents of apostrophes
 * dropped, hyphens as spaces, other punctuation except `&`, `+` and `#` removed, spaces collapsed.
 */
export function headingKey(title: string): string {
  // The same lines and phrases are keyed several times per posting (alias, debris, role-word and
  // qualifier tests): remember the last few thousand keys.
  return remembered(KEYS, title, computeKey);
}

const KEYS = new Map<string, string>();
const MAX_KEYS = 4096;

/** The value `map` keeps for `title`, else `compute(title)`, kept; the map is emptied when it holds MAX_KEYS. */
function remembered<V>(map: Map<string, V>, title: string, compute: (title: string) => V): V {
  const known = map.get(title);
  if (known !== undefined) return known;
  const value = compute(title);
  if (map.size >= MAX_KEYS) map.clear();
  map.set(title, value);
  return value;
}

function computeKey(raw: string): string {
  const title = decodeEntities(raw);
  if (/^[\x20-\x7e]*$/.test(title)) {
    // Fast path for ASCII (most headings).
    return title
      .toLowerCase()
      .replace(/\(s\)|['`]/g, '')
      .replace(/[^a-z0-9&+#]+/g, ' ')
      .trim();
  }
  // "𝗪𝗵𝗮𝘁 𝘄𝗲 𝗼𝗳𝗳𝗲𝗿": LinkedIn's "bold" is mathematical letters, which compatibility normalisation reads as ASCII.
  const plain = /[\uD835]/.test(title) ? title.normalize('NFKC') : title;
  return repairMojibake(plain)
    .toLowerCase()
    .replace(/\(s\)/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}&+#]+/gu, ' ')
    .trim();
}

const ALIASES = new Map<string, SectionKind>();
for (const [kind, list] of Object.entries(table.aliases)) {
  if (!(SECTION_KINDS as readonly string[]).includes(kind)) throw new Error(`data/sections.yaml: unknown kind "${kind}"`);
  for (const alias of list) {
    const key = headingKey(alias);
    if (!ALIASES.has(key)) ALIASES.set(key, kind as SectionKind);
  }
}
const CONTAINERS = new Set(table.containers.map(headingKey));
const QUALIFIERS = table.qualifiers.map(headingKey);
const NOISE_LINES = new Set(table.noise.lines.map(headingKey));
/**
 * The debris patterns as two regexes: those anchored at the line start (tried at position 0 only)
 * and the others. One alternation of both kinds would try every anchored pattern at every position.
 */
const noiseRegex = (patterns: string[]): RegExp | null => (patterns.length ? new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i') : null);
const NOISE_ANCHORED = noiseRegex(table.noise.patterns.filter((p) => p.startsWith('^')));
const NOISE_FREE = noiseRegex(table.noise.patterns.filter((p) => !p.startsWith('^')));
const ROLE_WORDS = new Set(table.roleWords);

/** First words of all aliases, to rule out most positions cheaply when scanning running text. */
export const ALIAS_FIRST_WORDS: ReadonlySet<string> = new Set([...ALIASES.keys()].map((k) => k.split(' ')[0]!));

/** Kind of a heading that is exactly one of the table's phrasings (after `headingKey`). */
export function directAlias(title: string): SectionKind | null {
  return ALIASES.get(headingKey(title)) ?? null;
}

/** Where a heading has parts ("Benefits & Perks", "Responsibilities - What You'll Do"). */
const PART_SEPARATOR = /\s+[-–—|/]\s+|\s*[|:/・]\s*|\s+&\s+|\s+and\s+/i;
/** A character or word every PART_SEPARATOR match contains: most headings have none. */
const PART_SEPARATOR_HINT = /[-–—|/:&・]|\sand\s/i;

/** The alias kind of the first part of a heading of several parts ("Perks & Benefits" → benefits), or null. */
export function firstPartAlias(title: string): SectionKind | null {
  if (!PART_SEPARATOR_HINT.test(title)) return null;
  const parts = repairMojibake(title).split(PART_SEPARATOR);
  return parts.length > 1 ? (ALIASES.get(headingKey(parts[0]!)) ?? null) : null;
}

/** Alias kind of a heading written exactly as one of the table's phrasings (after `headingKey`). */
export function lookupAlias(title: string): SectionKind | null {
  const key = headingKey(title);
  if (!key || key.length > 80) return null;
  // "Role & responsibilities" is "role and responsibilities".
  const direct = ALIASES.get(key) ?? (key.includes(' & ') ? ALIASES.get(key.replaceAll(' & ', ' and ')) : undefined);
  if (direct) return direct;
  // "Responsibilities - What You'll Do", "Benefits & Perks", "Skills / Tools": the first part that is an alias.
  const repaired = repairMojibake(title);
  // Not in a line with figures ("$1,200 per year for conferences, courses and certifications"); after
  // a comma only the first part may name the section.
  const parts = PART_SEPARATOR_HINT.test(repaired) && !/[\d$€£¥₹]/.test(repaired) ? repaired.split(PART_SEPARATOR) : [];
  if (parts.length > 1) {
    for (const part of repaired.includes(',') ? parts.slice(0, 1) : parts) {
      const kind = ALIASES.get(headingKey(part));
      if (kind) return kind;
    }
  }
  // "Over Veluwenet / About Veluwenet": a bilingual heading whose part in English names the company.
  return aboutName(key) ?? (parts.length > 1 ? (parts.map((p) => aboutName(headingKey(p))).find(Boolean) ?? null) : null);
}

/** "About Acme", "About the Data Team", "Sobre a Rotaleve", "Über Lagerwerk", "Tentang Kiosbaru": an "About" heading names a company or a team. */
function aboutName(key: string): SectionKind | null {
  if (/^(?:about (?:the |our )?|sobre (?:a |o |os |as |el |la |nosotros )?|über (?:die |den |das )?|tentang )\p{L}/u.test(key) && key.split(' ').length <= 7) return /\b(?:teams?|equipe|equipo)\b/.test(key) ? 'team' : 'company';
  return null;
}

/** "Hi, we're Fernhollow", "Hej! We're Voltbro", "Kia ora, we're Tōtara Energy": a greeting that introduces the company (as a heading key). */
const GREETING = /^(?:hi|hey|hello|hej|hallo|hola|bonjour|ciao|kia ora|g day|howdy|moin|salut|ola|greetings) (?:there )?(?:were|we re|we are|this is) (?!hiring\b|looking\b|growing\b)\p{L}/u;

/** Does the heading greet the reader and name the company ("Hi, we're Fernhollow 👋")? */
export function isGreetingHeading(title: string): boolean {
  return GREETING.test(headingKey(title));
}

/** "Why we started Acme": the company's story (as a heading key). */
const WHY_STORY = /^why we (?:started|built|founded|exist)\b/;
/** "Why Loomsense?", "WHY SECONDA", "Why join us": what the job offers, readers say, list or prose (as a heading key). */
const WHY_OFFER = /^why\b/;

/**
 * Is the heading a "Why Acme?" whose section is what the job offers unless its prose makes it the
 * company's pitch (sections/index.ts decides by its items)? Not "Why we started Acme".
 */
export function isWhyHeading(title: string): boolean {
  const key = headingKey(title);
  return WHY_OFFER.test(key) && !WHY_STORY.test(key);
}

const KEYWORDS: [RegExp, SectionKind][] = [
  [GREETING, 'company'],
  [/\b(preferred|nice to haves?|bonus|desired|desirable|plus|pluses|ideally|stand out|(would|itd) be (great|nice|a plus|awesome|amazing|cool|ideal|a bonus)|would (also )?help|(is|be) an advantage|also have)\b/, 'preferred'],
  [/\b((fit|thrive|excel|succeed|do well)( right in| here| in this role)? if|(for you|match) if|you have|you are|you bring|about you)\b/, 'requirements'],
  [/\bresponsibilit|\bduties\b|\bwhat you(ll| will|d| would)? (do|be doing|be working on|work on|own)\b|\bwhat (will|would) you (do|be doing|work on|own)\b|\byour role\b|\b(day|week|weeks|months?|year|success)\b.* looks? like$|\bwhat (are you|you are|you re) going to do\b|\bfirst (\d+|thirty|sixty|ninety|few|three|six) (days|weeks|months)\b|\bfirst (week|month|year)\b|^(as (a|an|the|our)|within( the first)? (\d+|three|six|twelve) (weeks|months)).*\byou(ll| will)\b|\bprojects you(ll| will)? (work on|own|lead)\b|\bkey performance (indicators|areas)\b/, 'responsibilities'],
  [/\b(qualifications?|requirements?|required|must have|experience|education|who you are|what you bring|what you( ll| will)? need|what (we|they)( re)? (need|want|expect|looking for|look for)|who (are )?(we|they)( re)? (looking for|seeking)|who (i m|i am|im) looking for|are you a (match|fit)|we expect|profile|certificates?|certifications?|licen[cs]es?)\b/, 'requirements'],
  [/\b(benefits?|perks?|offer|rewards?|wellness|time off|vacation|pto|in return)\b/, 'benefits'],
  [/\b(compensation|salary|pay|wage|equity|earn|money)\b/, 'compensation'],
  [/\b(interview|hiring|recruit\w*|application|selection) process\b|\bnext steps\b|\bhow to apply\b|\bhow (do |will )?we hire\b|^(any )?questions$/, 'process'],
  [/\b(statement|equal (employment )?opportunity|eeo|diversity|inclusion|accommodations?|privacy|disclaimer|notice|e verify|sponsorship)\b/, 'legal'],
  [/\b(skills?|stack|technolog(y|ies)|tools|languages|frameworks)\b/, 'skills'],
  [/\bteams?\b|^engineering at\b/, 'team'],
  [/\bwhy (does )?(this|the) (role|position|job)\b/, 'about'],
  [/\bwhy (we|they)( re| are|re)? hiring\b/, 'about'],
  [WHY_STORY, 'company'],
  [WHY_OFFER, 'benefits'],
  [/\b(about us|company|who we are|who are we|our mission|culture|values|(the|our) client)\b|^life at\b/, 'company'],
  // "A note on on-call", "A word about travel": an aside whose topic names no section.
  [/^(a|one)( quick| short| brief| final| last)? (note|word) (on|about)\b/, 'other'],
  [/\b(about|overview|summary|description|the role|the gig|position)\b/, 'about'],
];

/** A title without the aside in brackets that ends it ("Our stack (you don't need to know all of it)" → "Our stack"), or null when it has none. */
export function withoutAside(title: string): string | null {
  return splitAside(title)?.bare ?? null;
}

/** A title's words before the aside in brackets that ends it, and the aside's words, or null. */
function splitAside(title: string): { bare: string; aside: string } | null {
  const m = title.endsWith(')') ? /\s*\(([^()]*)\)$/.exec(title) : null;
  return m && m.index > 0 ? { bare: title.slice(0, m.index), aside: m[1]! } : null;
}

/** The kind of a heading: the alias table first, then its key words; null when neither knows it. */
export function classifyHeading(title: string): SectionKind | null {
  // A heading is classified where it is found and again where its section is built, and the
  // editor asks about the same headings at every keystroke: remember the last few thousand.
  return remembered(KINDS, title, computeKind);
}

const KINDS = new Map<string, SectionKind | null>();

function computeKind(title: string): SectionKind | null {
  // "Our stack (you don't need to know all of it)": the words before an aside in brackets decide.
  const parts = splitAside(title);
  const asideKind = parts ? classifyHeading(parts.bare) : null;
  // "Professional Certifications (Preferred)": an aside that names a level decides between the two.
  if (asideKind === 'requirements' || asideKind === 'skills') {
    const aside = directAlias(parts!.aside);
    if (aside === 'preferred' || aside === 'requirements') return aside;
  }
  if (asideKind) return asideKind;
  const alias = lookupAlias(title);
  if (alias) return alias;
  const key = headingKey(title);
  if (!key || key.split(' ').length > 10) return null;
  for (const [re, kind] of KEYWORDS) if (re.test(key)) return kind;
  return null;
}

/** "About the job", "Job Description": headings that may wrap the sections that follow. */
export function isContainerHeading(title: string): boolean {
  return CONTAINERS.has(headingKey(title));
}

/** "Minimum Qualifications", "Required", "Nice to have": a sub-list of a more general heading. */
export function isQualifierHeading(title: string): boolean {
  const key = headingKey(title);
  return QUALIFIERS.some((q) => key === q || key.startsWith(q + ' '));
}

/** One part of a debris line ("Reposted 17 hours ago"). */
function isNoisePart(part: string): boolean {
  if (part.length <= 70 && NOISE_LINES.has(headingKey(part))) return true;
  const s = repairMojibake(part).trim().replace(/[?!.]+$/, '');
  return !!NOISE_ANCHORED?.test(s) || !!NOISE_FREE?.test(s);
}

/**
 * Job-board page debris: "Apply", "Save X at Y", "Show more options", "1 of 4 keywords",
 * "20 applicants", "Singapore · Reposted 17 hours ago · 20 applicants", "Acme logo".
 */
export function isNoiseLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 160) return false;
  if (isNoisePart(t)) return true;
  if (!/[·•|路]|Â·/.test(t)) return false;
  const parts = repairMojibake(t).split(/\s+[·•|]\s+/);
  if (parts.length < 2) return false;
  return parts.some(isNoisePart) && parts.every((p) => p.length <= 60);
}

/** True when a short line names a job ("Senior Data Engineer", "Tech Lead, Recommendation Infra"). */
export function hasRoleWord(line: string): boolean {
  if (/\((m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|d\/m\/w|m\/w\/x|f\/m\/x|h\/f|f\/h|all genders)\)/i.test(line)) return true;
  return headingKey(line)
    .split(' ')
    .some((w) => ROLE_WORDS.has(w));
}
