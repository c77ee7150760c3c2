import type { ExperienceRequirement, Section, Span } from '../types.ts';
import { contextAt, hint, inKinds, inNoise, matchesIn, type RequirementContext, requirementLevel, tidySpan } from './context.ts';
import { findTableYears } from './experience-table.ts';
import { findJapanese, findOtherLanguages } from './experience-languages.ts';
import { plausible, requirementOf } from './years.ts';

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

/**
 * Words before a match that make the years something other than experience ("in the last 5 years"),
 * or a maximum ("not more than 38 years", "Age: 25–35 years").
 */
const BAD_BEFORE = /\b(?:last|past|next|within|every|after|for\s+the|in\s+the|since|aged?|age\s*(?:limit|range|requirement)?\s*[:：\-–]|not|no|than\s+the|(?:less|fewer)\s+than|(?:do\s+not|don['’]t|does\s+not|doesn['’]t|not)\s+(?:expect|need|require|ask\s+for))\s*$/i;
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
  const found = [...matchesIn(ctx, YEARS, YEARS_HINTS)];
  const glued = gluedStarts(ctx.text, ctx.sections);
  if (!glued.length) return found;
  for (const p of glued) {
    GLUED_YEARS.lastIndex = p;
    const m = GLUED_YEARS.exec(ctx.text);
    if (m && !found.some((f) => f.index < p + m[0].length && p < f.index + f[0].length)) found.push(m);
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findExperience(ctx: RequirementContext): ExperienceRequirement[] {
  const { text } = ctx;
  const out: ExperienceRequirement[] = [];
  for (const m of yearMatches(ctx)) {
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

/** The largest minimum over required experience (null when none is required). */
export function requiredMinYears(experience: readonly ExperienceRequirement[]): number | null {
  let best: number | null = null;
  for (const e of experience) if (e.level === 'required' && (best === null || e.minYears > best)) best = e.minYears;
  return best;
}
