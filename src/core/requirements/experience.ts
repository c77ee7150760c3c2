import type { ExperienceRequirement, Section, Span } from '../types.ts';
import { contextAt, inKinds, inNoise, hint, matchAll, mayMatch, requirementLevel, tidySpan, type RequirementContext } from './context.ts';
import { foreignSignals } from '../foreign.ts';

/**
 * Years of experience: "5+ years of experience in software engineering", "3-5 yrs", "at least five
 * years", "minimum of 3 years", "two or more years", "1+ years of engineering technical leadership
 * experience", and in German, Spanish, French, Dutch, Portuguese, Italian, Polish, Swedish, Indonesian, Turkish, Vietnamese, Japanese, Chinese and Korean ("mindestens 3 Jahre
 * Berufserfahrung", "3 años de experiencia", "5 ans d'expérience", "minimaal vijf jaar werkervaring",
 * "実務経験３年以上"). Not: "3 days a week", "17 hours
 * ago", "18 years of age", "founded 10 years ago".
 */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = String.raw`(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s*\(\d{1,2}\+?\))?`;
const PRE = String.raw`(?:(at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|over|more\s+than|no\s+less\s+than|not\s+less\s+than|upwards\s+of)\s+)?`;
const YEARS_BODY = String.raw`${PRE}(${NUM})\s*(\+)?(?:\s*(?:-|–|—|to)\s*(${NUM})\s*(\+)?)?(\s+or\s+more)?\s*(\+\s*)?(?:years?|yrs?|YOE)\b\.?['’]?(\s+or\s+more|\s+minimum|\s+min\b\.?|\s+at\s+least|\+)?`;
const YEARS = new RegExp(String.raw`\b${YEARS_BODY}`, 'gi');
/**
 * The same, tried only where a heading run into the text ends ("What we're looking for3+ years",
 * scraped postings): no word boundary precedes the number there. Trying it everywhere would double
 * the cost of the pattern, so it is tried at those few places only.
 */
const GLUED_YEARS = new RegExp(YEARS_BODY, 'iy');
const YEARS_HINTS = hint('year', 'yr', 'yoe');

/** Words before a match that make the years something other than experience ("in the last 5 years"). */
const BAD_BEFORE = /\b(?:last|past|next|within|every|after|for\s+the|in\s+the|since|aged?|than\s+the|(?:do\s+not|don['’]t|does\s+not|doesn['’]t|not)\s+(?:expect|need|require|ask\s+for))\s*$/i;
/** What follows years of experience. */
const GOOD_AFTER = /^[\s'’]*(?:of\b|in\b|with\b|as\b|on\b|at\b|experience\b|exp\b|hands[\s-]on|professional|relevant|related|industry|practical|proven|commercial|working|work\b|full[\s-]time|post|building|developing|designing|leading|managing|using|programming|writing|coding|doing|delivering|running|shipping|operating|of\s+\w)/i;
const BAD_AFTER = /^[\s'’]*(?:of\s+age|old|ago|later|from\s+now|prior\s+to\s+(?:the|your)|in\s+a\s+row|of\s+(?:history|operation|growth|service|existence|business|the\s+company)|warranty|contract|term)\b/i;

/** Leading words that qualify the experience rather than say what it is of. */
const QUALIFIERS = /^(?:(?:of|professional|relevant|related|industry|hands[\s-]on|practical|proven|commercial|combined|overall|total|demonstrable|demonstrated|solid|strong|direct|progressive|progressively|responsible|full[\s-]time|paid|prior|previous|recent|post[\s-]graduate|post[\s-]degree|working|work|applicable|equivalent)\s+)+/i;
/** Where a subject stops. */
const STOP = /[.;:()[\]\n\r]|,\s*(?:with|including|and\s+(?:a|an|the|with|in|\d)|or\s+equivalent|preferably|ideally|where|which|who|ideally|plus)\b|\s(?:with|including|such\s+as|where|which|who|that|preferably|ideally|or\s+equivalent|and\s+(?:a|an|the)|is|are|required|preferred|a\s+plus|will|would|is\s+a\s+plus)\b|\s[-–—]\s/i;
const LEAD = /^(?:[\s'’]*(?:of|in|with|as\s+an?|as|on|at|using|within|across|for)\s+)/i;

function toNumber(s: string): number {
  const word = s.replace(/\s*\(.*$/, '').toLowerCase();
  return WORDS[word] ?? Number.parseFloat(word);
}

/** Where the subject of the years is: "of <X> experience", "experience in <X>", or "in/with <X>". */
function subjectSpan(text: string, from: number, limit: number): Span {
  const rest = text.slice(from, limit);
  const lead = LEAD.exec(rest);
  let start = lead ? lead[0].length : 0;
  const exp = /\b(?:experience|exp)\b\.?/i.exec(rest.slice(start));
  if (exp) {
    const before = rest.slice(start, start + exp.index);
    const words = before.trim().split(/\s+/).filter(Boolean);
    const plain = words.length <= 5 && !words.some((w) => /^(?:in|with|and|or|as|at|for|on|to|the|a|an|building|developing)$/i.test(w));
    if (plain) {
      const q = QUALIFIERS.exec(before.trimStart());
      const pre = before.trimStart().slice(q ? q[0].length : 0).trim();
      if (pre) {
        const at = start + before.indexOf(pre);
        return tidySpan(text, from + at, from + at + pre.length);
      }
      // "years of experience in X": the subject is after the word "experience".
      start += exp.index + exp[0].length;
      const lead2 = LEAD.exec(rest.slice(start));
      if (lead2) start += lead2[0].length;
    }
  }
  const tail = rest.slice(start);
  const q = QUALIFIERS.exec(tail);
  if (q && !/^of\s/i.test(q[0])) start += q[0].length;
  const stop = STOP.exec(rest.slice(start));
  let end = start + (stop ? stop.index : rest.length - start);
  if (end - start > 90) {
    const cut = rest.lastIndexOf(' ', start + 90);
    end = cut > start ? cut : start + 90;
  }
  const span = tidySpan(text, from + start, from + end);
  // A trailing "experience" or a dangling conjunction says nothing.
  const trimmed = /(?:[\s,]+(?:experience|exp|and|or|in|with|of|the|a|an))+[\s,]*$/i.exec(text.slice(span.start, span.end));
  return trimmed ? tidySpan(text, span.start, span.end - trimmed[0].length) : span;
}

/**
 * The subject written before the years: "Experience with Go (3+ years)", "Python: 5+ years",
 * "Kubernetes – 2 years".
 */
function subjectBefore(text: string, from: number, to: number): Span | null {
  const head = text.slice(from, to);
  const tail = /[\s(:\-–—,]*(?:at\s+least|minimum(?:\s+of)?|min\.?|over|more\s+than)?[\s(:\-–—,]*$/i.exec(head)!;
  if (tail[0].length === 0) return null;
  const body = head.slice(0, tail.index);
  const lead = /(?:experience|proficiency|expertise|knowledge|background)\s+(?:with|in|of|using)\s+/i.exec(body);
  if (lead) return tidySpan(text, from + lead.index + lead[0].length, from + body.length);
  // "Have significant software engineering experience (4+ years)".
  const named = /([\p{L}][\p{L}\p{N}+#./ -]{0,50}?)\s+(?:experience|background|expertise)\s*$/u.exec(body);
  if (named) {
    const q = /^(?:(?:have|having|with|significant|strong|solid|proven|professional|extensive|relevant|deep|demonstrated|hands[\s-]on|some|prior|previous|industry|practical|commercial|real[\s-]world|a|an)\s+)+/i.exec(named[1]!);
    const at = from + named.index + (q ? q[0].length : 0);
    const span = tidySpan(text, at, from + named.index + named[1]!.length);
    if (span.end > span.start) return span;
  }
  const words = body.trim().split(/\s+/);
  if (body.trim().length > 0 && body.trim().length <= 40 && words.length <= 4 && /[:\-–—(]/.test(tail[0])) return tidySpan(text, from + body.length - body.trimStart().length, from + body.length);
  return null;
}

/** Years a posting can ask for: a minimum of 1 to 40, and a maximum (if any) from the minimum to 50. */
const plausible = (min: number, max: number | null): boolean => Number.isFinite(min) && min > 0 && min <= 40 && (max === null || !(max < min || max > 50));

/** The requirement the years in `phrase` make, with the span of what they are of. */
function requirementOf(ctx: RequirementContext, phrase: Span, subject: Span, min: number, max: number | null, level: ExperienceRequirement['level']): ExperienceRequirement {
  const { text } = ctx;
  return {
    span: phrase,
    text: text.slice(phrase.start, phrase.end),
    minYears: min,
    maxYears: max === min ? null : max,
    subject: text.slice(subject.start, subject.end).replace(/\s+/g, ' '),
    skillIds: subject.end > subject.start ? ctx.skillIdsIn(subject) : [],
    level,
  };
}

/** Where a glued heading ends in a digit: "…looking for|3+ years". */
function gluedStarts(text: string, sections: readonly Section[], out: number[] = []): number[] {
  for (const s of sections) {
    const p = s.headingSpan.end;
    if (s.title && p > 0 && /\d/.test(text[p] ?? '') && /\p{L}/u.test(text[p - 1]!)) out.push(p);
    gluedStarts(text, s.children, out);
  }
  return out;
}

/** The matches of YEARS, and of GLUED_YEARS at the ends of glued headings, in text order. */
function yearMatches(ctx: RequirementContext): RegExpExecArray[] {
  const found = [...matchAll(YEARS, ctx.text)];
  const glued = gluedStarts(ctx.text, ctx.sections);
  if (!glued.length) return found;
  for (const p of glued) {
    GLUED_YEARS.lastIndex = p;
    const m = GLUED_YEARS.exec(ctx.text);
    if (m && !found.some((f) => f.index < p + m[0].length && p < f.index + f[0].length)) found.push(m);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A table's years column: "Years", "Yrs", "Years of experience", "Experience (years)", "Min. years". */
const YEARS_HEADER = /^(?:min(?:imum|\.)?\s+)?(?:years?|yrs?)(?:\s+of\s+experience)?$|^experience\s*\((?:years?|yrs?)\)$/i;
const YEARS_CELL = /^(\d{1,2})\s*(\+)?(?:\s*(?:-|–|—|to)\s*(\d{1,2})\s*\+?)?(?:\s*(?:years?|yrs?)\+?)?$/i;

/** The cells of a table row ("| Embedded C | Required | 4+ |"), with their spans, or null. */
function cellsOf(text: string, start: number, end: number): Span[] | null {
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x7c /* | */) {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  // Leading and trailing pipes leave empty outer cells.
  if (cells.length && !text.slice(cells[0]!.start, cells[0]!.end).trim()) cells.shift();
  if (cells.length && !text.slice(cells[cells.length - 1]!.start, cells[cells.length - 1]!.end).trim()) cells.pop();
  return cells.length >= 2 ? cells.map((c) => tidySpan(text, c.start, c.end)) : null;
}

/**
 * Years in a table with a years column ("| Skill | Level | Years |" / "| Embedded C | Required | 4+ |"):
 * each figure is the experience asked for the row's first cell, at the row's level.
 */
function findTableYears(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  let column = -1;
  // The next "|" at or after the current line, searched for again only once passed (linear).
  let pipe = -2;
  // The years already read (in text order): a cell inside one of them is not read again.
  const taken = out.map((e) => e.span).sort((a, b) => a.start - b.start);
  let k = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (pipe !== -1 && pipe < start) pipe = text.indexOf('|', start);
    const cells = pipe >= 0 && pipe < lineEnd ? cellsOf(text, start, lineEnd) : null;
    if (!cells) column = -1;
    else {
      const values = cells.map((c) => text.slice(c.start, c.end).replace(/[*_`]/g, '').trim());
      const header = values.findIndex((v) => YEARS_HEADER.test(v));
      if (header >= 0) column = header;
      else if (column >= 0 && column < cells.length && column > 0 && !values.every((v) => /^:?-{2,}:?$/.test(v))) {
        const m = YEARS_CELL.exec(values[column]!);
        const min = m ? Number(m[1]) : NaN;
        const max = m?.[3] ? Number(m[3]) : null;
        if (m && plausible(min, max)) {
          const cell = cells[column]!;
          const level = contextAt(ctx, cell);
          while (k < taken.length && taken[k]!.end <= cell.start) k++;
          if (!inNoise(level) && !(k < taken.length && taken[k]!.start < cell.end)) {
            out.push(requirementOf(ctx, cell, cells[0]!, min, max, requirementLevel(level)));
          }
        }
      }
    }
    start = end + 1;
  }
}

export function findExperience(ctx: RequirementContext): ExperienceRequirement[] {
  const { text } = ctx;
  const out: ExperienceRequirement[] = [];
  for (const m of mayMatch(ctx, YEARS_HINTS) ? yearMatches(ctx) : []) {
    const start = m.index;
    const end = start + m[0].length;
    // "Average age: 32\nYear of founding": a number and a unit on two lines are not one statement.
    if (/[\r\n]/.test(m[0].slice(0, m[0].search(/y(?:ea)?rs?|yoe/i)))) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 80);
    if (BAD_BEFORE.test(before) || BAD_AFTER.test(after)) continue;
    const qualified = Boolean(m[1] || m[3] || m[5] || m[6] || m[7] || m[8]);
    const experienceLike = GOOD_AFTER.test(after) || /\bYOE\b/i.test(m[0]) || /\bexperience\s*[:：\-–]?\s*(?:of\s+)?$/i.test(before);
    if (!experienceLike && !qualified) continue;
    const min = toNumber(m[2]!);
    const max = m[4] ? toNumber(m[4]) : null;
    if (!plausible(min, max)) continue;
    const level = contextAt(ctx, { start, end });
    if (inNoise(level)) continue;
    // "We've been around for 10+ years" in About, Benefits …: not asked of the candidate.
    if (!experienceLike && inKinds(level, ['about', 'company', 'team', 'benefits', 'legal'])) continue;
    const sentenceEnd = Math.max(level.sentence.end, end);
    let subject = subjectSpan(text, end, sentenceEnd);
    if (subject.end <= subject.start) subject = subjectBefore(text, Math.min(level.sentence.start, start), start) ?? subject;
    const phrase = { start: Math.min(start, subject.end > subject.start ? subject.start : start), end: Math.max(end, subject.end) };
    out.push(requirementOf(ctx, phrase, subject, min, max, experienceLike ? requirementLevel(level) : level.level));
  }
  if (ctx.text.includes('|')) findTableYears(ctx, out);
  findOtherLanguages(ctx, out);
  findJapanese(ctx, out);
  return out.length > 1 ? out.sort((a, b) => a.span.start - b.span.start) : out;
}

// Other languages postings are written in: German "Mindestens 3 Jahre Berufserfahrung in der
// Softwareentwicklung", Spanish "3 años o más de experiencia como DevOps", French "5 ans d'expérience
// en développement". The experience word must follow within a few words, so "seit 10 Jahren", "vor 5
// Jahren gegründet", "hace 10 años" and "ab 18 Jahren" are not read.
interface Language {
  years: RegExp;
  numbers: Record<string, number>;
  /** What the years are of, right after the experience word: "in der", "como", "en". */
  lead: RegExp;
  stop: RegExp;
  /** Words before the years in their sentence that make them the company's ("wir", "nosotros"). */
  ours: RegExp;
}

/** One language's way of writing years of experience; every field but `numbers` is a regex source. */
interface LanguageSpec {
  /** Number words ("drei": 3); digits are always read. */
  numbers: Record<string, number>;
  /** Words before the number ("mindestens"), the word between two numbers ("bis"), the unit ("Jahre"). */
  pre: string;
  range: string;
  unit: string;
  /** What may stand between the unit and the experience word (a few words at most). */
  between: string;
  experience: string;
  lead: string;
  /** Where the subject after `lead` ends. */
  stop: string;
  ours: string;
  /** The language also puts the experience word first ("Experiência de pelo menos 5 anos com …"); the years then need no experience word after them. */
  experienceFirst?: string;
}

function language(spec: LanguageSpec): Language {
  const num = `(?:\\d{1,2}|${Object.keys(spec.numbers).join('|')})`;
  const years = `(?:(${spec.pre})\\s+)?(${num})\\s*(\\+)?(?:\\s*(?:-|–|—|${spec.range})\\s*(${num})\\s*(\\+)?)?\\s+${spec.unit}`;
  const after = `\\s+${spec.between}(?:${spec.experience})(?![\\p{L}])`;
  const first = spec.experienceFirst;
  return {
    years: new RegExp(first ? `(?<![\\p{L}\\d])(?:(?:${first})\\s+(?:[\\p{L}]+\\s+){0,2}?${years}(?![\\p{L}])|${years}${after})` : `(?<![\\p{L}\\d])${years}${after}`, 'giu'),
    numbers: spec.numbers,
    lead: new RegExp(`^\\s*(?:${spec.lead})\\s+`, 'iu'),
    stop: new RegExp(`[.;:()[\\]\\n\\r]|,\\s|\\s(?:${spec.stop})(?![\\p{L}])|\\s[-–—]\\s`, 'iu'),
    ours: new RegExp(`(?<![\\p{L}])(?:${spec.ours})(?![\\p{L}])`, 'iu'),
  };
}

const LANGUAGES: Language[] = [
  language({
    numbers: { ein: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
    pre: 'mindestens|min\\.|über|mehr\\s+als',
    range: 'bis',
    unit: 'Jahr(?:e|en)?',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'Berufserfahrung|Berufspraxis|Praxiserfahrung|Erfahrung|Projekterfahrung|Industrieerfahrung',
    lead: '(?:in|mit|im|bei|als|auf)(?:\\s+(?:der|dem|den|die|einem|einer|eines|dem\\s+Bereich|Bereich))?',
    stop: 'und\\s+(?:eine?|Sie|du)|sowie|idealerweise|vorzugsweise|wünschenswert|von\\s+Vorteil',
    ours: 'wir|unser\\p{L}*',
  }),
  language({
    numbers: { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
    pre: 'al\\s+menos|mínimo|como\\s+mínimo|más\\s+de',
    range: 'a',
    unit: 'años?',
    between: '(?:o\\s+más\\s+)?(?:de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'experiencia',
    lead: '(?:en|con|como)(?:\\s+(?:el|la|los|las|un|una))?',
    stop: 'y\\s+(?:un|una)|preferiblemente|idealmente|deseable',
    ours: 'nosotros|nuestr\\p{L}*|somos',
  }),
  language({
    numbers: { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
    pre: 'au\\s+moins|minimum|plus\\s+de',
    range: 'à',
    unit: '(?:ans?|années?)',
    between: '(?:minimum\\s+)?(?:d[\'’]\\s*|de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'expériences?',
    lead: '(?:en|dans|avec|comme|sur)(?:\\s+(?:le|la|les|un|une))?',
    stop: 'et\\s+(?:un|une)|idéalement|de\\s+préférence|souhaitée?',
    ours: 'nous|notre|nos',
  }),
  language({
    numbers: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
    pre: 'minimaal|minstens|ten\\s+minste|meer\\s+dan',
    range: 'tot',
    unit: 'jaar',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'werkervaring|ervaring|praktijkervaring|relevante\\s+ervaring',
    lead: '(?:in|met|als|bij)(?:\\s+(?:de|het|een))?',
    stop: 'en\\s+(?:een|je)|bij\\s+voorkeur|idealiter|waarvan',
    ours: 'wij|we|ons|onze',
  }),
  language({
    numbers: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
    pre: 'pelo\\s+menos|no\\s+mínimo|mínimo\\s+de|mais\\s+de',
    range: 'a',
    unit: 'anos?',
    between: '(?:de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'experiência|experiencia|atuação',
    lead: '(?:em|com|como|na|no|nas|nos)(?:\\s+(?:o|a|os|as|um|uma))?',
    stop: 'e\\s+(?:um|uma)|sendo|preferencialmente|idealmente|desejável',
    ours: 'nós|nosso\\p{L}*|somos',
    experienceFirst: 'experiência|experiencia|vivência',
  }),
  language({
    numbers: { un: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
    pre: 'almeno|minimo|oltre|più\\s+di',
    range: 'a',
    unit: 'ann[io]',
    between: '(?:di\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'esperienza|esperienze',
    lead: '(?:in|con|come|nel|nella|nei|nelle|su)(?:\\s+(?:il|lo|la|i|gli|le|un|una))?',
    stop: 'e\\s+(?:un|una)|preferibilmente|idealmente|costituisce',
    ours: 'noi|nostr\\p{L}*|siamo',
    experienceFirst: 'esperienza',
  }),
  language({
    numbers: { jeden: 1, jednego: 1, dwa: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10 },
    pre: 'min\\.|minimum|co\\s+najmniej|powyżej|ponad',
    range: 'do',
    unit: '(?:lat[a]?|rok|roku)',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'doświadczenia|doświadczenie|doświadczeniem',
    lead: '(?:w|z|jako|na)(?:\\s+(?:pracy|roli))?',
    stop: 'oraz|i\\s+(?:znajomość)|mile\\s+widziane',
    ours: 'my|nasz\\p{L}*|jesteśmy',
  }),
  language({
    numbers: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 },
    pre: 'minst|mer\\s+än|över',
    range: 'till',
    unit: '(?:års?|år)',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'erfarenhet|yrkeserfarenhet|arbetslivserfarenhet',
    lead: '(?:av|inom|som|med|från)',
    stop: 'och\\s+(?:en|ett)|gärna|meriterande',
    ours: 'vi|vår|våra|vårt',
  }),
  language({
    numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 },
    pre: 'minimal|minimum|setidaknya|lebih\\s+dari',
    range: 'sampai|hingga',
    unit: 'tahun',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'pengalaman',
    lead: '(?:sebagai|di|dalam|dengan)',
    stop: 'dan\\s+(?:memiliki)|diutamakan|lebih\\s+disukai',
    ours: 'kami',
    experienceFirst: 'pengalaman(?:\\s+kerja)?(?:\\s+minimal)?',
  }),
  language({
    numbers: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10 },
    pre: 'en\\s+az|minimum|asgari',
    range: 'ile',
    unit: 'yıl(?:lık)?',
    between: '(?:[\\p{L}\'’-]+\\s+){0,2}?',
    experience: 'deneyimli|deneyim\\p{L}*|tecrübeli|tecrübe\\p{L}*',
    lead: '(?:olarak|alanında)',
    stop: 've|tercihen',
    ours: 'biz|bizim',
  }),
  language({
    numbers: { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 },
    pre: 'tối\\s+thiểu|ít\\s+nhất|trên|từ',
    range: 'đến',
    unit: 'năm',
    between: '',
    experience: 'kinh\\s+nghiệm',
    lead: '(?:ở|trong|với|làm)(?:\\s+vị\\s+trí)?',
    stop: 'và|ưu\\s+tiên',
    ours: 'chúng\\s+tôi|công\\s+ty',
  }),
];

/** Japanese, Chinese and Korean: "実務経験３年以上", "5年以上の開発経験", "3年以上大数据开发经验", "개발 경력 3년 이상" (full-width digits too). */
const JA_YEARS = /(?:経験|経歴|经验|경력|경험)[^。\n\r]{0,15}?([0-9０-９]{1,2})\s*(?:年以上|년\s*이상)|([0-9０-９]{1,2})\s*(?:年以上的?|년\s*이상의?)[^。\n\r]{0,15}?(?:経験|経歴|经验|경력|경험)/g;
const halfWidth = (s: string): number => Number.parseInt(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);

function findJapanese(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  if (!foreignSignals(text).cjkYears) return;
  for (const m of matchAll(JA_YEARS, text)) {
    const min = halfWidth(m[1] ?? m[2]!);
    if (!plausible(min, null)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const level = contextAt(ctx, span);
    if (inNoise(level)) continue;
    out.push({ span, text: m[0], minYears: min, maxYears: null, subject: '', skillIds: ctx.skillIdsIn(level.sentence), level: requirementLevel(level) });
  }
}

function findOtherLanguages(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  if (!foreignSignals(text).experience) return;
  for (const lang of LANGUAGES) {
    for (const m of matchAll(lang.years, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const number = (s: string) => lang.numbers[s.toLowerCase()] ?? Number.parseInt(s, 10);
      // With `experienceFirst`, groups 1–5 are its alternative and 6–10 the years-first one.
      const g = m[2] === undefined && m.length > 6 ? 5 : 0;
      const min = number(m[2 + g]!);
      const max = m[4 + g] ? number(m[4 + g]!) : null;
      if (!plausible(min, max)) continue;
      const level = contextAt(ctx, { start, end });
      if (inNoise(level)) continue;
      // "Wir haben 10 Jahre Erfahrung im Markt": the company's years, not the candidate's.
      if (lang.ours.test(text.slice(level.sentence.start, start))) continue;
      const sentenceEnd = Math.max(level.sentence.end, end);
      const rest = text.slice(end, sentenceEnd);
      const lead = lang.lead.exec(rest);
      const from = end + (lead ? lead[0].length : 0);
      const stop = lead ? lang.stop.exec(text.slice(from, sentenceEnd)) : null;
      const subject = lead ? tidySpan(text, from, stop ? from + stop.index : Math.min(sentenceEnd, from + 90)) : { start: end, end };
      out.push(requirementOf(ctx, { start, end: Math.max(end, subject.end) }, subject, min, max, requirementLevel(level)));
    }
  }
}

/** The largest minimum over required experience (null when none is required). */
export function requiredMinYears(experience: readonly ExperienceRequirement[]): number | null {
  let best: number | null = null;
  for (const e of experience) if (e.level === 'required' && (best === null || e.minYears > best)) best = e.minYears;
  return best;
}
