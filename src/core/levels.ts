import type { Item, Level, Section, SectionKind, Span } from './types.ts';
import { sentenceAround } from './requirements/sentences.ts';
import { trimSpan } from './normalize.ts';
import { labelLevel, leadInLevel, markedLevel, markerLegend, negatedAt, PROFILE_TITLE, TEAM_STACK_TITLE } from './level-labels.ts';
import { foreignSignals } from './foreign.ts';
import { nextGeneration, recall, type Generations } from './generations.ts';

/**
 * How strongly a posting asks for what is at a span: `required`, `preferred` or `mentioned`.
 *
 * The section decides first (the innermost section whose kind says something: Minimum
 * Qualifications → required, Preferred Qualifications → preferred, Skills → required,
 * Responsibilities / About / Benefits → mentioned). Cues in the same sentence then override it:
 * "… is a plus", "nice to have", "ideally" make it preferred; "must", "required", "at least" make
 * it required — except that inside a preferred section only an explicit "required" / "must have"
 * promotes, and inside descriptive sections only candidate-directed phrasing does.
 */

const RANK: Record<Level, number> = { required: 0, preferred: 1, mentioned: 2 };

/** The strongest of some levels (`required` > `preferred` > `mentioned`); `mentioned` when none. */
export function strongest(levels: Iterable<Level>): Level {
  let best: Level = 'mentioned';
  for (const l of levels) if (RANK[l] < RANK[best]) best = l;
  return best;
}

/** Index of the last element whose span starts at or before `offset` (elements sorted by start). */
function lastStartingBefore<T extends { span: Span }>(list: readonly T[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The sections containing `offset`, outermost first. */
export function sectionsAt(sections: readonly Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    const i = lastStartingBefore(level, offset);
    const s = i >= 0 ? level[i]! : undefined;
    if (!s || offset >= s.span.end) {
      // Zero-length or touching spans: an offset exactly at the end of the last section still belongs to it.
      if (s && offset === s.span.end && s.span.end === s.span.start) path.push(s);
      return path;
    }
    path.push(s);
    level = s.children;
  }
}

const PREFERRED_TITLE = /\b(?:stand\s+out|set\s+you\s+apart|extra\s+points|nice[\s-]+to[\s-]+haves?|good[\s-]+to[\s-]+haves?|preferred|preferable|bonus|pluses|a plus|desired(?!\s+(?:candidate|profile))|desirable|optional|ideally|extra credit)\b/i;
const REQUIRED_TITLE = /\b(?:required|requirements?|minimum|must[\s-]+haves?|basic|essential|mandatory)\b/i;

/** Titles that say their list is required ("Required Qualifications", "Minimum requirements", "Must have"), not just "Requirements". */
const EXPLICITLY_REQUIRED_TITLE = /\b(?:required|minimum|must[\s-]+haves?|basic|essential|mandatory)\b/i;

const DECISIVE: Partial<Record<SectionKind, Level>> = {
  preferred: 'preferred',
  responsibilities: 'mentioned',
  about: 'mentioned',
  company: 'mentioned',
  team: 'mentioned',
  benefits: 'mentioned',
  compensation: 'mentioned',
  process: 'mentioned',
  legal: 'mentioned',
  noise: 'mentioned',
};

/** What the sections around a span say, innermost first; `null` when none says anything. */
export function sectionLevel(path: readonly Section[]): { level: Level; kind: SectionKind } | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i]!;
    if (s.kind === 'requirements' || s.kind === 'skills' || s.kind === 'other') {
      // "Skills › Nice to have", "Qualifications (preferred)": the title refines the kind.
      if (PREFERRED_TITLE.test(s.title) && !(s.kind === 'requirements' && PROFILE_TITLE.test(s.title))) return { level: 'preferred', kind: s.kind };
      // "Tech stack", "Technologies we use": what the team uses, not what it asks for.
      if (s.kind === 'skills' && TEAM_STACK_TITLE.test(s.title)) return { level: 'mentioned', kind: s.kind };
      if (s.kind !== 'other' || REQUIRED_TITLE.test(s.title)) return { level: 'required', kind: s.kind };
      continue;
    }
    // An untitled opening paragraph is only guessed to be "about": it may well ask for things.
    if (s.title === '' && s.kind === 'about') continue;
    const decided = DECISIVE[s.kind];
    if (decided) return { level: decided, kind: s.kind };
  }
  return null;
}

// Cues. "Weak" preferred cues and plain required cues count only in sections that list what a
// candidate brings (or in unlabelled text); descriptive sections ("you will get exposure to …")
// need explicit phrasing.
const STRONG_PREFERRED =
  /\b(?:nice[\s-]+to[\s-]+have|good[\s-]+to[\s-]+have|an?\s+(?:big\s+|huge\s+|strong\s+|definite\s+|distinct\s+|great\s+|real\s+|added\s+|additional\s+)?(?:plus|bonus|advantage|asset)|bonus\s+points|(?<!\b(?:your|their|our|my)\s+)preferred|preferably|preferable|ideally|desirable|advantageous|(?:is|are|would be)\s+(?:helpful|beneficial|great|nice|welcome|appreciated)|stand\s+out|set\s+you\s+apart|not\s+(?:required|mandatory|necessary|a\s+must|essential)|optional)\b|\bplus\s*(?=[.)!]|$)|\basset\s*(?=\))/gi;
/** Preferred cues in the other languages postings are written in (Unicode-aware boundaries). */
const FOREIGN_PREFERRED =
  /(?<![\p{L}])(?:deseables?|valorables?|se\s+valorará|no\s+excluyentes?|preferentemente|preferiblemente|souhaitée?s?|appréciée?s?|un\s+atout|idéalement|de\s+préférence|von\s+Vorteil|wünschenswert|idealerweise|gradit[oaie]|preferibil(?:e|mente)|costituisce\s+un\s+plus|desejáve(?:l|is)|diferencia(?:l|is)|preferencialmente|mile\s+widziane|atutem|meriterande|gärna|een\s+pré|pluspunt)(?![\p{L}])/giu;
const WEAK_PREFERRED = /\b(?:familiarity\s+(?:with|in)|exposure\s+to|bonus|desired|helpful)\b/gi;
/** "Required" as a cue; "as required", "where required" (when needed) and "required under" a regulation or "by law" are none. */
const REQUIRED_WORD = String.raw`(?<!\b(?:not|as|where|when|if)\s+)(?:required|mandatory)(?!\s+(?:under|by\s+law)\b)`;
const EXPLICIT_REQUIRED = new RegExp(String.raw`\b(?:${REQUIRED_WORD}|must[\s-]+haves?|(?:is|are)\s+a\s+must|you\s+must|must\s+(?:be\s+(?:proficient|experienced|familiar|fluent|skilled|able)|know|possess|demonstrate))\b`, 'gi');
/** The only cues that make something required inside a preferred section. */
const PROMOTING = new RegExp(String.raw`\b(?:${REQUIRED_WORD}|must-haves?|must\s+haves?(?=\s*[:)])|(?:is|are)\s+a\s+must)\b`, 'gi');
const PLAIN_REQUIRED = /\b(?:must(?!\s+be\s+(?:legally\s+)?(?:authori[sz]ed|eligible|able\s+to\s+(?:legally\s+)?work))|essential|minimum|at\s+least|need\s+to\s+have|needs\s+to\s+have|(?:you|candidates?)\s+(?:should|will\s+need\s+to|need\s+to)\s+(?:have|be|know|bring)|strong\s+(?:knowledge|proficiency|experience|background)|\d{1,2}\+?\s*(?:(?:-|–|to)\s*\d{1,2}\+?\s*)?(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience)\b/gi;

export interface Cue {
  level: 'required' | 'preferred';
  start: number;
  end: number;
}

function collect(re: RegExp, sentence: string, base: number, level: Cue['level'], out: Cue[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    out.push({ level, start: base + m.index, end: base + m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * The cues in a sentence. `descriptive`: the section describes the job rather than the candidate.
 * `explicitlyRequired`: the section says it lists requirements ("Required Qualifications"), where
 * "familiarity with" or "exposure to" says how much is asked, not that it is optional.
 */
export function cuesIn(text: string, sentence: Span, descriptive: boolean, explicitlyRequired = false, foreign = true, s = text.slice(sentence.start, sentence.end)): Cue[] {
  const cues: Cue[] = [];
  collect(STRONG_PREFERRED, s, sentence.start, 'preferred', cues);
  if (foreign) collect(FOREIGN_PREFERRED, s, sentence.start, 'preferred', cues);
  collect(EXPLICIT_REQUIRED, s, sentence.start, 'required', cues);
  if (!descriptive) {
    if (!explicitlyRequired) collect(WEAK_PREFERRED, s, sentence.start, 'preferred', cues);
    collect(PLAIN_REQUIRED, s, sentence.start, 'required', cues);
  }
  // A cue inside another ("not required" contains "required") gives way to the longer one.
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Cue[] = [];
  let reach = -1;
  for (const c of cues) {
    if (c.end <= reach) continue;
    kept.push(c);
    reach = c.end;
  }
  return kept;
}

/** The comma/semicolon clause of `sentence` around `span`. */
function clauseAround(text: string, sentence: Span, span: Span): Span {
  let start = sentence.start;
  for (let i = span.start - 1; i >= sentence.start; i--) {
    if (text[i] === ',' || text[i] === ';') {
      start = i + 1;
      break;
    }
  }
  let end = sentence.end;
  for (let i = span.end; i < sentence.end; i++) {
    if (text[i] === ',' || text[i] === ';') {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** The item containing `offset` among a section's items (sorted by start). */
function itemAt(items: readonly Item[], offset: number): Item | undefined {
  const i = lastStartingBefore(items, offset);
  const item = i >= 0 ? items[i] : undefined;
  return item && offset < item.span.end ? item : undefined;
}

/** Where the sentence around `span` may reach: its item, else its section's own content. */
export function scopeAt(text: string, path: readonly Section[], span: Span): Span {
  const inner = path[path.length - 1];
  if (!inner) return { start: 0, end: text.length };
  const item = itemAt(inner.items, span.start);
  if (item && span.end <= item.span.end) return item.span;
  let start = inner.headingSpan.end <= span.start ? inner.headingSpan.end : inner.span.start;
  let end = inner.span.end;
  for (const child of inner.children) {
    if (child.span.start >= span.end) {
      end = Math.min(end, child.span.start);
      break;
    }
    if (child.span.end <= span.start) start = Math.max(start, child.span.end);
  }
  return { start, end: Math.max(end, span.end) };
}

/**
 * The row of a table ("| Kafka | Nice to have |") that holds the span, or null: the cells of a row
 * speak for each other, so the row is the span's sentence.
 */
function tableRowAround(text: string, span: Span): Span | null {
  let start = span.start;
  const floor = Math.max(0, span.start - 500);
  while (start > floor && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = span.end;
  const ceil = Math.min(text.length, span.end + 500);
  while (end < ceil && text[end] !== '\n' && text[end] !== '\r') end++;
  const row = trimSpan(text, start, end);
  return text[row.start] === '|' && text[row.end - 1] === '|' && row.end - row.start > 2 ? row : null;
}

const DESCRIPTIVE_KINDS = new Set<SectionKind>(['responsibilities', 'about', 'company', 'team', 'benefits', 'compensation', 'process', 'legal', 'noise']);

/** Everything levelAt knows about a span, for callers that need more than the level. */
export interface LevelContext {
  level: Level;
  /** The sections around the span, outermost first. */
  path: Section[];
  /** The sentence the cues were read from. */
  sentence: Span;
  /** The kind of the section that decided (null: no section said anything). */
  kind: SectionKind | null;
  /** A negation right before the span says it is not asked for ("No Kafka experience needed"); `level` is then mentioned. */
  negated: boolean;
}

/**
 * The cues of one document's sentences over its last two analyses, by sentence text and the section
 * facts cuesIn depends on, with offsets from the sentence's start: after an edit, only the sentences
 * it touched are read again.
 */
export type CueMemo = Generations<string, readonly Cue[]>;

/**
 * A reader of levels for many spans of one text (mentions in order): it reuses the sentence and
 * cues of the previous span when the next one falls in the same sentence.
 */
export function createLevelReader(text: string, sections: readonly Section[], memo?: CueMemo): (span: Span) => LevelContext {
  if (memo) nextGeneration(memo);
  let foreign: boolean | undefined;
  let markers: ReadonlyMap<string, Level> | undefined;
  // Tables are rare: only a text with a "|" has rows to look for.
  const tables = text.includes('|');
  let last: { scope: Span; sentence: Span; cues: Cue[]; base: Level; kind: SectionKind | null; path: Section[] } | null = null;
  const cueMemo = new Map<number, { end: number; cues: Cue[] }>();
  return (span: Span): LevelContext => {
    const path = sectionsAt(sections, span.start);
    const scope = scopeAt(text, path, span);
    let sentence: Span;
    let cues: Cue[];
    let base: Level;
    let kind: SectionKind | null;
    if (
      last &&
      last.path.length === path.length &&
      last.path.every((s, i) => s === path[i]) &&
      last.scope.start === scope.start &&
      last.scope.end === scope.end &&
      span.start >= last.sentence.start &&
      span.end <= last.sentence.end
    ) {
      ({ sentence, cues, base, kind } = last);
    } else {
      const decided = sectionLevel(path);
      base = labelLevel(text, span, scope.start) ?? decided?.level ?? leadInLevel(text, span, path[path.length - 1]?.span.start ?? 0) ?? 'mentioned';
      kind = decided?.kind ?? null;
      const descriptive = decided !== null && DESCRIPTIVE_KINDS.has(decided.kind) && decided.level === 'mentioned';
      const explicitlyRequired = decided?.level === 'required' && path.some((s) => EXPLICITLY_REQUIRED_TITLE.test(s.title) && !PREFERRED_TITLE.test(s.title));
      sentence = (tables ? tableRowAround(text, span) : null) ?? sentenceAround(text, span, scope);
      // The skills and then each requirement finder come back to the same sentences: their cues are
      // read once (keyed by the sentence and the two section facts cuesIn depends on).
      const key = sentence.start * 4 + (descriptive ? 2 : 0) + (explicitlyRequired ? 1 : 0);
      const known = cueMemo.get(key);
      if (known && known.end === sentence.end) cues = known.cues;
      else {
        foreign ??= foreignSignals(text).preferredCues;
        cues = memo ? rememberedCues(memo, text, sentence, descriptive, explicitlyRequired, foreign) : cuesIn(text, sentence, descriptive, explicitlyRequired, foreign);
        cueMemo.set(key, { end: sentence.end, cues });
      }
      last = { scope, sentence, cues, base, kind, path };
    }
    markers ??= markerLegend(text);
    const marked = markers.size ? markedLevel(text, span, markers) : null;
    const level = marked ?? decide(text, span, sentence, cues, base);
    // Looked for where it changes something: a level above mentioned, or one `requirementLevel`
    // (requirements/context.ts) would raise (no section decided).
    const negated = (level !== 'mentioned' || kind === null || kind === 'other') && negatedAt(text, sentence, span);
    return { level: negated ? 'mentioned' : level, path, sentence, kind, negated };
  };
}

/** cuesIn through the document's memo: a sentence read in the previous analysis is not read again. */
function rememberedCues(memo: CueMemo, text: string, sentence: Span, descriptive: boolean, explicitlyRequired: boolean, foreign: boolean): Cue[] {
  const s = text.slice(sentence.start, sentence.end);
  const key = `${descriptive ? 1 : 0}${explicitlyRequired ? 1 : 0}${foreign ? 1 : 0}${s}`;
  const relative = recall(memo, key, () => cuesIn(text, { start: 0, end: s.length }, descriptive, explicitlyRequired, foreign, s));
  return relative.map((c) => ({ level: c.level, start: sentence.start + c.start, end: sentence.start + c.end }));
}

/** Cues that qualify what follows them, up to the end of their clause ("…databases, ideally PostgreSQL, including…") or, set off by a comma, of their sentence ("Ideally, …"). */
const FORWARD_CUE = /^(?:ideally|preferably|idealerweise|vorzugsweise|idéalement|de\s+préférence|idealmente|preferentemente|preferiblemente|preferibilmente|preferencialmente|gärna|bij\s+voorkeur)$/iu;

/** What may come before a cue that opens its sentence: spaces, a bullet, punctuation. */
const LEAD = /^[\s\p{P}\p{S}]*$/u;

/**
 * Does a cue speak for the span? "Ideally" and "preferably" speak for what follows them in their
 * clause only (their sentence when they open it: "Ideally, …"); a cue in brackets ("(a CLD
 * certification is a plus)") for what is in the brackets.
 */
function reaches(text: string, sentence: Span, cue: Cue, span: Span): boolean {
  if (FORWARD_CUE.test(text.slice(cue.start, cue.end))) {
    if (span.start < cue.start) return false;
    // "Ideally, experience with GraphQL": opening its sentence, set off by a comma, it speaks for
    // the whole sentence ("Azure ideally, AWS or GCP fine" does not).
    const opening = /^\s*,/.test(text.slice(cue.end, cue.end + 3)) && LEAD.test(text.slice(sentence.start, cue.start));
    const clause = opening ? sentence : clauseAround(text, sentence, { start: cue.start, end: cue.end });
    if (span.start >= clause.end) return false;
  }
  // The bracket around the cue, looked for inside the sentence only (a search of the whole text per
  // mention would make a long posting quadratic).
  let open = -1;
  for (let i = cue.start - 1; i >= sentence.start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29 /* ) */) break;
    if (c === 0x28 /* ( */) {
      open = i;
      break;
    }
  }
  if (open >= 0) {
    let end = sentence.end;
    for (let i = cue.end; i < sentence.end; i++) {
      if (text.charCodeAt(i) === 0x29) {
        end = i;
        break;
      }
    }
    // "Rust (a plus)" qualifies what precedes the brackets; "(a CLD certification is a plus)" has a subject of its own.
    const own = /\p{L}{2,}/u.test(text.slice(open + 1, cue.start) + text.slice(cue.end, end).replace(/^\s*(?:to\s+have|have)\b/i, ''));
    if (own && (span.start < open || span.start > end)) return false;
  }
  return true;
}

function decide(text: string, span: Span, sentence: Span, all: readonly Cue[], base: Level): Level {
  const cues = all.length && all.some((c) => c.level === 'preferred') ? all.filter((c) => c.level !== 'preferred' || reaches(text, sentence, c, span)) : all;
  if (cues.length === 0) return base;
  // With cues of both kinds, the one in the same clause (else the nearest) speaks for the span:
  // "Python is required, Go is a plus".
  const distance = (c: Cue): number => (c.end <= span.start ? span.start - c.end : c.start >= span.end ? c.start - span.end : 0);
  const kinds = new Set(cues.map((c) => c.level));
  let pool = cues;
  if (kinds.size > 1) {
    const clause = clauseAround(text, sentence, span);
    const inClause = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
    if (inClause.length > 0) pool = inClause;
  }
  const cue = pool.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  if (cue.level === 'preferred') return 'preferred';
  if (base !== 'preferred') return 'required';
  const explicit: Cue[] = [];
  collect(PROMOTING, text.slice(sentence.start, sentence.end), sentence.start, 'required', explicit);
  return explicit.length > 0 && !cues.some((c) => c.level === 'preferred') ? 'required' : 'preferred';
}

export function levelContextAt(text: string, sections: readonly Section[], span: Span): LevelContext {
  return createLevelReader(text, sections)(span);
}

/** The level of whatever is at `span` (a skill mention, a years-of-experience phrase …). */
export function levelAt(text: string, sections: readonly Section[], span: Span): Level {
  return levelContextAt(text, sections, span).level;
}
