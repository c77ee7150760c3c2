/**
 * What one line says by itself, whatever surrounds it: an alias heading (plain, bulleted with a number,
 * a chat message's bold phrase, a toggle, "Benefits: what we offer"), page debris, the opener of a
 * board's list of other jobs, and whether its shape alone could make it a heading. `text.ts` reads
 * the lines in their context.
 */
import type { SectionKind, Span } from '../types.ts';
import { detectBullet, repairMojibake, toDisplayText, trimSpan } from '../normalize.ts';
import type { LineFacts } from './memo.ts';
import { isCapitals } from './chars.ts';
import { classifyHeading, directAlias, hasRoleWord, headingKey, isGreetingHeading, isNoiseLine, lookupAlias, withoutAside } from './vocabulary.ts';

/** A heading a line holds: its title, kind and where the title is. */
export type LineHeading = NonNullable<LineFacts['heading']>;

/** A job board's metadata word standing alone ("Full-time", "Remote"). */
export const METADATA = /^(full[- ]?time|part[- ]?time|contract(or)?|temporary|internship|intern|freelance|permanent|remote|hybrid|on[- ]?site|in[- ]office|entry level|mid[- ]senior level|senior level|associate|director|executive)$/i;

/** Heading decoration around a title: `#`, `**…**`, `*** … ***`, `=== … ===`, `[…]`, `【…】`, a colon. */
const LEAD_DECORATION = /^(?:#{1,6}\s+|[*_=~]{2,}\s*|[[【〔［「『|]\s*)/;
const TAIL_DECORATION = /(?:\s*[:：])?(?:\s*[*_=~]{2,}|\s*[\]】〕］」』|])?(?:\s*[:：])?$/;
const TAIL_ENDS = ':：*_=~]】〕］」』|';

export function stripDecoration(scan: string, span: Span): Span {
  let { start, end } = span;
  const lead = LEAD_DECORATION.exec(scan.slice(start, end));
  if (lead) start += lead[0].length;
  // A non-empty tail ends in one of TAIL_ENDS; otherwise the regex can only match the empty end.
  if (end > start && TAIL_ENDS.includes(scan[end - 1]!)) {
    const tail = TAIL_DECORATION.exec(scan.slice(start, end));
    if (tail && tail[0]) end -= tail[0].length;
  }
  return trimSpan(scan, start, end);
}

/** The end of a lead-in that cannot end a sentence: "…a good fit if you", "…it's a bonus if you", "What a typical day looks like". */
const DANGLING = /\b(?:if|when|where) you(?: also)?(?: have| bring| know)?$|\blooks? like$/;

/**
 * Debris lines after which a job board lists other jobs (or a gallery its captions), keyed, each
 * with a word it always holds: ASCII letters that keying (mojibake repaired included) cannot make
 * out of others, so a line without any of them needs no key. An entity (`&`) or LinkedIn's "bold"
 * letters (`\uD835`) could spell them otherwise. Most lines are long sentences.
 */
const LISTING_OPENERS: readonly (readonly [word: string, pattern: string])[] = [
  ['jobs', '(?:similar|related|recommended|more|other) jobs(?: (?:like this|for you|you may like|\\d+))?'],
  ['jobs', '(?:other|more) jobs (?:at|by|from) .{1,80}'],
  ['jobs', 'jobs you may be interested in'],
  ['offers', '(?:check )?similar (?:job )?offers'],
  ['nab', 'podobné nabídky'],
  ['viewed', 'people also viewed'],
  ['tech', 'what you need to know about (?:the )?[\\w ]{1,40} tech scene'],
  ['tech', 'key facts about [\\w ]{1,40} tech'],
  ['gallery', 'gallery'],
  // Teamtailor's referral widget and LinkedIn's activity panel: the page's own links follow.
  ['working', 'already working at .{1,60}'],
  ['activity', 'activity on this job'],
];
const LISTING_OPENER = new RegExp(`^(?:${LISTING_OPENERS.map(([, p]) => p).join('|')})$`);
const LISTING_HINT = new RegExp(`${[...new Set(LISTING_OPENERS.map(([w]) => w))].join('|')}|[&\\uD835]`, 'i');
/** Does the line open a board's list of other jobs ("Similar jobs", "People also viewed")? */
const isListingOpener = (line: string): boolean => LISTING_HINT.test(line) && LISTING_OPENER.test(headingKey(line));

/** A list item that is a toggle: a list marker, then a disclosure triangle. */
const TOGGLE = /^[ \t]*[-*+][ \t]+[▸▶►▹▾▼][ \t]+(?=\S)/;
/** A whole line that is an alias heading ("Key Responsibilities", "Minimum Qualifications:"). */
function aliasHeading(scan: string, line: Span): LineHeading | null {
  if (line.end - line.start > 90) return null;
  const whole = scan.slice(line.start, line.end);
  // "| Terraform | Required |": a table row, whatever its cells say.
  if (whole.charCodeAt(0) === 0x7c /* | */ && whole.indexOf('|', 1) > 0) return null;
  let span = line;
  // Before the bullet test: a chat heading's emoji ("✅ *Must have:*") would read as a bullet.
  const chat = whole.includes('*') ? chatHeading(whole, line) : null;
  if (chat) return chat;
  // "- ▸ Must-haves": a toggle (Notion, Confluence exports) is a heading, whatever it names.
  const toggle = whole.length <= 80 ? TOGGLE.exec(whole) : null;
  if (toggle) {
    const inner = stripDecoration(scan, { start: line.start + toggle[0].length, end: line.end });
    const title = toDisplayText(scan.slice(inner.start, inner.end));
    if (title && wordsOf(title).length <= 8 && !/[.,;!]$/.test(title)) return { title, kind: classifyHeading(title) ?? 'other', span: inner };
  }
  const bullet = detectBullet(whole);
  if (bullet) {
    // Only a number or a letter may introduce a heading ("1. About the role", "a) Must-have"); "- Python" never does.
    if (!/^(?:\d{1,2}[.)]|\(?[a-z]\))$/.test(bullet.marker)) return null;
    span = { start: line.start + bullet.contentStart, end: line.end };
  }
  // "2.1 Why we are hiring": an outline number (two levels or more) before a heading.
  const first = scan.charCodeAt(span.start);
  const outline = first >= 0x30 && first <= 0x39 ? /^\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=\S)/.exec(scan.slice(span.start, span.end)) : null;
  if (outline) span = { start: span.start + outline[0].length, end: span.end };
  span = stripDecoration(scan, span);
  const raw = scan.slice(span.start, span.end);
  if (!raw || /[.,;!]$/.test(raw)) return null;
  if (/[:：]\s*\S/.test(raw)) return qualifiedHeading(raw, span);
  const summarised = / [—–-] /.test(raw) ? summarisedHeading(raw, span) : null;
  if (summarised) return summarised;
  const kind = raw.split(/\s+/).length <= 8 ? lookupAlias(raw) : directAlias(raw);
  return kind ? { title: toDisplayText(raw), kind, span } : null;
}

/**
 * "📌 *Company ke baare mein:*", "🚀 **What you'll do**": a chat message's heading, an emoji and a
 * phrase in bold, with one asterisk (WhatsApp, Slack) or two (Discord). The title keeps the emoji and
 * drops the asterisks and the colon.
 */
function chatHeading(raw: string, span: Span): LineHeading | null {
  const m = /^((?:\p{Extended_Pictographic}|[\u200D\uFE0F])*\s*)(\*\*?)([^*\n]{2,60}?)[:：]?\2[:：]?$/u.exec(raw);
  if (!m) return null;
  const phrase = m[3]!.trim();
  const kind = lookupAlias(withoutAside(phrase) ?? phrase) ?? lookupAlias(phrase);
  return kind ? { title: toDisplayText(`${m[1]!.trim()} ${m[3]!}`), kind, span } : null;
}

/**
 * "Must-Haves — what we need from you on day one": a heading phrase, a dash, and a lower-case summary
 * of the section (the whole line is the title).
 */
function summarisedHeading(raw: string, span: Span): LineHeading | null {
  const m = /^(.{2,40}?)\s[—–-]\s(\p{Ll}.{0,80})$/u.exec(raw);
  if (!m || /[.!?]$/.test(raw)) return null;
  const kind = directAlias(m[1]!);
  return kind && kind !== 'other' ? { title: toDisplayText(raw), kind, span } : null;
}

/** Kinds whose name, followed by a colon and a lower-case word or two, is still a heading. */
const QUALIFIABLE = new Set<SectionKind>(['responsibilities', 'requirements', 'preferred', 'skills', 'benefits', 'compensation', 'process']);

/**
 * "What you'll need: commercial", "Requirements: technical": a section's name qualified after a colon
 * by a lower-case word or two. "Education: Bachelor's", "Experience: 3 years" and "Location: Remote"
 * are details, not headings.
 */
function qualifiedHeading(raw: string, span: Span): LineHeading | null {
  const m = /^([^:：]{2,60})[:：]\s*(\p{Ll}[\p{L}' -]{0,30})$/u.exec(raw);
  if (!m || m[2]!.trim().split(/\s+/).length > 3) return null;
  const kind = lookupAlias(m[1]!);
  return kind && QUALIFIABLE.has(kind) ? { title: toDisplayText(raw), kind, span } : null;
}

export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A year ("Summer 2027 projects") or a span of days ("Our first 90 days"), unlike other figures, does not make a heading a detail. */
const YEAR_OR_DAYS = /\b(?:19|20)\d\d\b|\b\d{1,3}(?= (?:days|weeks|months)\b)/g;

/** Could the line be a heading by its shape alone (short, title-like, not a list item or sentence)? */
export function headingShape(scan: string, line: Span): Span | null {
  if (line.end - line.start > 80) return null;
  const span = stripDecoration(scan, line);
  // Judged as read: mojibake ("Whoâ€™s the team?") would look like money and symbols.
  const whole = repairMojibake(scan.slice(span.start, span.end));
  // "Our stack (you don't need to know all of it)": an aside in brackets after words that name a
  // section; the words before it are judged.
  const bare = withoutAside(whole);
  const raw = bare && classifyHeading(bare) ? bare : whole;
  const colon = /[:：]\s*$/.test(scan.slice(line.start, line.end));
  // Up to 7 words; a line ending in a colon, or in a clause that cannot end a sentence ("You'll
  // probably be a good fit if you"), may have 9 when its words name a section. Before a colon an
  // aside is not counted ("Summer 2027 projects (you will be matched to one):").
  const words = wordsOf(colon && bare ? bare : raw);
  const dangling = !colon && DANGLING.test(headingKey(raw));
  if (!raw || raw.length > 60 || words.length > (colon || dangling ? 9 : 7)) return null;
  if (words.length > 7 && !classifyHeading(raw)) return null;
  // A question is a heading only when it names a section ("Who's the team?", "Why join us?").
  // "Extra points if...": a heading that trails off into its list.
  const trailing = /(?:\.{3}|…)$/.test(raw) && !!classifyHeading(raw);
  if (!/^\p{Lu}/u.test(raw) || detectBullet(raw) || (/[.,;!]$/.test(raw) && !trailing) || (raw.endsWith('?') && !classifyHeading(raw)) || /[:：]/.test(raw)) return null;
  // Commas and slashes make a list ("Java, Go") unless a colon ends the line ("Certificates, Licenses:").
  // A comma inside brackets is an aside ("Our stack (today, it changes)") when the rest names a section.
  const unbracketed = /\(.*[,/].*\)/.test(raw) && classifyHeading(raw.replace(/\s*\([^)]*\)/g, '')) ? raw.replace(/\([^)]*\)/g, '') : raw;
  if (/[·•|$€£@\\]|https?/.test(raw) || /\d{2,}/.test(raw.replace(YEAR_OR_DAYS, '')) || (!colon && /[,/]/.test(unbracketed) && !isGreetingHeading(raw)) || METADATA.test(raw)) return null;
  if (hasRoleWord(raw) && !colon) return null;
  const allCaps = isCapitals(raw, 4);
  const significant = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const titled = significant.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(significant.length * 0.6);
  // Sentence case ("Key job responsibilities") only when the words name a section, in up to six
  // words; a question ("What are you going to do?") or a clause that cannot end a sentence may be longer.
  if (!colon && !(allCaps && words.length >= 2) && !titled && !((words.length <= 6 || dangling || raw.endsWith('?')) && classifyHeading(raw))) return null;
  return span;
}

/** What the line `line` (the scan text of one line) says by itself; offsets relative to its start. */
export function lineFacts(line: string): LineFacts {
  const trimmed = trimSpan(line, 0, line.length);
  const text = line.slice(trimmed.start, trimmed.end);
  const blank = trimmed.start === trimmed.end;
  // A line that opens a board's list of other jobs is debris itself ("Other jobs you may like").
  const opener = !blank && isListingOpener(text);
  const noise = opener || (!blank && isNoiseLine(text));
  return { text, blank, noise, opener, heading: blank || noise ? null : aliasHeading(line, trimmed) };
}

