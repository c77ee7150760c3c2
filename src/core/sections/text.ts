/**
 * Section starts in plain and scraped text: heading lines (by the alias table or by their shape),
 * headings glued into running text, runs of job-board debris, and the untitled preamble.
 */
import type { SectionKind, Span } from '../types.ts';
import { detectBullet, repairMojibake, splitLines, toDisplayText, trimSpan } from '../normalize.ts';
import { aloneWords, findGluedHeadings, type AloneWords } from './glued.ts';
import type { Mark } from './marks.ts';
import { gluedAgain, type LineFacts, type SectionMemo } from './memo.ts';
import { isCapitals } from './chars.ts';
import { recall } from '../generations.ts';
import { classifyHeading, directAlias, hasRoleWord, headingKey, isContainerHeading, isNoiseLine, isQualifierHeading, lookupAlias, withoutAside } from './vocabulary.ts';

interface Line extends Span {
  /** Trimmed content. */
  text: string;
  blank: boolean;
  noise: boolean;
  /** Debris after which a board lists other jobs ("Similar jobs"): it titles the debris section. */
  opener: boolean;
  heading: { title: string; kind: SectionKind; span: Span } | null;
  /** The line's list marker, once looked for (`bulletOf`). */
  bullet?: ReturnType<typeof detectBullet>;
  /** What the line says by itself, as the editor's memo keeps it. */
  facts?: LineFacts;
}

/** A line's list marker, looked for once per line (several shape tests ask about the same lines). */
function bulletOf(l: Line): ReturnType<typeof detectBullet> {
  if (l.bullet === undefined) l.bullet = detectBullet(l.text);
  return l.bullet;
}

const METADATA = /^(full[- ]?time|part[- ]?time|contract(or)?|temporary|internship|intern|freelance|permanent|remote|hybrid|on[- ]?site|in[- ]office|entry level|mid[- ]senior level|senior level|associate|director|executive)$/i;

/** Heading decoration around a title: `#`, `**…**`, `*** … ***`, `=== … ===`, `[…]`, `【…】`, a colon. */
const LEAD_DECORATION = /^(?:#{1,6}\s+|[*_=~]{2,}\s*|[[【〔［「『|]\s*)/;
const TAIL_DECORATION = /(?:\s*[:：])?(?:\s*[*_=~]{2,}|\s*[\]】〕］」』|])?(?:\s*[:：])?$/;
const TAIL_ENDS = ':：*_=~]】〕］」』|';

function stripDecoration(scan: string, span: Span): Span {
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

/** Emoji (with their joiners and variation selectors) and the spaces after them, at a line's start. */
const EMOJI_LEAD = /^(?:\p{Extended_Pictographic}|[\u200D\uFE0F])+[ \t]+(?=\p{L})/u;

/** The end of a lead-in that cannot end a sentence: "…a good fit if you", "…it's a bonus if you". */
const DANGLING = /\b(?:if|when|where) you(?: also)?(?: have| bring| know)?$/;

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
];
const LISTING_OPENER = new RegExp(`^(?:${LISTING_OPENERS.map(([, p]) => p).join('|')})$`);
const LISTING_HINT = new RegExp(`${[...new Set(LISTING_OPENERS.map(([w]) => w))].join('|')}|[&\\uD835]`, 'i');
/** Does the line open a board's list of other jobs ("Similar jobs", "People also viewed")? */
const isListingOpener = (line: string): boolean => LISTING_HINT.test(line) && LISTING_OPENER.test(headingKey(line));

/** A list item that is a toggle: a list marker, then a disclosure triangle. */
const TOGGLE = /^[ \t]*[-*+][ \t]+[▸▶►▹▾▼][ \t]+(?=\S)/;
/** "[2:08 PM]", "[11/03/2025 14:07]": a chat message's time stamp, not a heading in brackets. */
const TIME_STAMP = /^\s*\[\s*(?:\d{1,2}[:.]\d{2}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[^\]]*\]\s*$/;

/** "【業務内容】", "[Responsibilities]": a short line in brackets is a heading in any script. */
const BRACKETED = /^\s*(?:【[^【】]{1,30}】|［[^［］]{1,30}］|\[[^[\]]{1,30}\]|〔[^〔〕]{1,30}〕)\s*$/;

/** A whole line that is an alias heading ("Key Responsibilities", "Minimum Qualifications:"). */
function aliasHeading(scan: string, line: Span): Line['heading'] {
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
function chatHeading(raw: string, span: Span): Line['heading'] {
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
function summarisedHeading(raw: string, span: Span): Line['heading'] {
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
function qualifiedHeading(raw: string, span: Span): Line['heading'] {
  const m = /^([^:：]{2,60})[:：]\s*(\p{Ll}[\p{L}' -]{0,30})$/u.exec(raw);
  if (!m || m[2]!.trim().split(/\s+/).length > 3) return null;
  const kind = lookupAlias(m[1]!);
  return kind && QUALIFIABLE.has(kind) ? { title: toDisplayText(raw), kind, span } : null;
}

const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A year in a heading ("Summer 2027 projects"), unlike other figures, does not make it a detail. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Could the line be a heading by its shape alone (short, title-like, not a list item or sentence)? */
function headingShape(scan: string, line: Span): Span | null {
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
  if (/[·•|$€£@\\]|https?/.test(raw) || /\d{2,}/.test(raw.replace(YEAR, '')) || (!colon && /[,/]/.test(unbracketed)) || METADATA.test(raw)) return null;
  if (hasRoleWord(raw) && !colon) return null;
  const allCaps = isCapitals(raw, 4);
  const significant = words.filter((w) => /^\p{L}{4,}/u.test(w));
  const titled = significant.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(significant.length * 0.6);
  // Sentence case ("Key job responsibilities") only when the words name a section.
  if (!colon && !(allCaps && words.length >= 2) && !titled && !((words.length <= 5 || dangling) && classifyHeading(raw))) return null;
  return span;
}

/**
 * "Career Level<TAB>Mid Career": a field of a tab-separated table (Bayt's "Preferred Candidate",
 * copied from a page's two-column table), read in the original text (the scan text has no tabs).
 */
function isTabbedField(text: string, l: Line | undefined): boolean {
  return !!l && !l.blank && !l.noise && !l.heading && l.end - l.start <= 200 && /^ *\S[^\t]{1,40}\t+\S/.test(text.slice(l.start, l.end));
}

/** Is the line body text rather than a heading or a bare list word (for the shape detector)? */
function isContent(l: Line | undefined): boolean {
  if (!l || l.blank || l.noise || l.heading) return false;
  // A list item is content even when it names a role ("- reporting to the CTO").
  if (bulletOf(l)) return true;
  // A job title line; a longer line that names a role is a sentence ("6+ years of experience in software QA, with …").
  if (hasRoleWord(l.text) && l.text.length <= 100 && wordsOf(l.text).length <= 8 && !/[.!?]$/.test(l.text)) return false;
  return wordsOf(l.text).length >= 6 || /^[^:]{2,40}:\s*\S/.test(l.text);
}

/**
 * "Experience Level:" (or "Experience Level") above "Expert Level", with blank lines around the pair:
 * a staffing agency's labelled field whose label names a section. The value is one short line (no
 * list item, sentence or further label), so a form of "Label:" lines to fill in is not taken for
 * headings. `colon`: the label line ends in one.
 */
function isLabelledField(lines: readonly Line[], i: number, colon: boolean): boolean {
  const [prev, value, after] = [lines[i - 1], lines[i + 1], lines[i + 2]];
  // Without a colon, the first line read is a posting's title or company ("Palmyra Pay"), not a label.
  if ((prev && !prev.blank) || (!prev && !colon) || !value || value.blank || value.noise || value.heading || (after && !after.blank)) return false;
  if (bulletOf(value) || value.text.length > 60 || /[.!?:：]$/.test(value.text)) return false;
  return classifyHeading(lines[i]!.text.replace(/[:：]\s*$/, '')) !== null;
}

/**
 * "2. Main duties" above "(a) Develop…": a short numbered line whose words name a section, when
 * the next line does not continue the numbered list.
 */
function numberedHeading(scan: string, l: Line, next: Line | undefined, prev: Line | undefined): Line['heading'] {
  const b = bulletOf(l);
  if (!b || !/^\d{1,2}[.)]$/.test(b.marker)) return null;
  // "3. An offensive security background" above "4. Contributions to open-source security tools":
  // the number continues the list above, so the line is its last item.
  const prevMarker = prev && !prev.blank ? bulletOf(prev)?.marker : undefined;
  if (prevMarker && Number.parseInt(prevMarker, 10) === Number.parseInt(b.marker, 10) - 1) return null;
  const nextMarker = next && !next.blank ? bulletOf(next)?.marker : undefined;
  if (nextMarker && /^\d/.test(nextMarker)) return null;
  const content = l.text.slice(b.contentStart).replace(/[:：]\s*$/, '');
  if (wordsOf(content).length > 6 || /[.,;!?]$/.test(content) || !isContent(next) && !next?.heading) return null;
  // A line in capitals ("7. GENERAL") is a heading even when its words name no section.
  const kind = classifyHeading(content) ?? (isCapitals(content, 4) ? 'other' : null);
  if (!kind) return null;
  const start = trimSpan(scan, l.start, l.end).start + b.contentStart;
  return { title: toDisplayText(content), kind, span: { start, end: start + content.length } };
}

/**
 * "💡 The role", "✅ What we're looking for": an emoji that also serves as a list marker, before a
 * phrase that names a section, set off from what precedes it (or under a heading) and followed by content.
 */
function emojiHeading(scan: string, l: Line, next: Line | undefined, prev: Line | undefined): Line['heading'] {
  if (prev && !prev.blank && !prev.heading) return null;
  // An emoji is outside the ASCII range and Latin letters: one code test before the marker search.
  if (l.text.charCodeAt(0) < 0x2000) return null;
  // The emoji: a list marker for detectBullet ("💡") or not ("➕").
  const b = bulletOf(l);
  const lead = b ? (/^\p{Extended_Pictographic}/u.test(b.marker) ? b.contentStart : -1) : (EMOJI_LEAD.exec(l.text)?.[0].length ?? -1);
  if (lead < 0) return null;
  const title = l.text.replace(/[:：]\s*$/, '');
  const content = title.slice(lead);
  if (wordsOf(content).length > 8 || /[.,;!]$/.test(content) || !isContent(next)) return null;
  // Right under a heading, only a sub-heading that says so ("Preferred experience" / "✅ Must have",
  // "About the job" / "⚡ About Veluwenet"), not the first item of a list the heading opens ("✅ 5+
  // years of experience").
  const underHeading = !!prev && !prev.blank;
  const subHeading = underHeading && wordsOf(content).length <= 6 && (isQualifierHeading(content) || isContainerHeading(prev.heading!.title));
  const kind = underHeading ? (subHeading ? lookupAlias(content) : null) : (lookupAlias(content) ?? classifyHeading(content));
  if (!kind) return null;
  const span = trimSpan(scan, l.start, l.end);
  return { title: toDisplayText(title), kind, span: { start: span.start, end: span.start + title.length } };
}

/** What the line `line` (the scan text of one line) says by itself; offsets relative to its start. */
function lineFacts(line: string): LineFacts {
  const trimmed = trimSpan(line, 0, line.length);
  const text = line.slice(trimmed.start, trimmed.end);
  const blank = trimmed.start === trimmed.end;
  // A line that opens a board's list of other jobs is debris itself ("Other jobs you may like").
  const opener = !blank && isListingOpener(text);
  const noise = opener || (!blank && isNoiseLine(text));
  return { text, blank, noise, opener, heading: blank || noise ? null : aliasHeading(line, trimmed) };
}

function classifyLines(text: string, scan: string, from: number, to: number, memo?: SectionMemo): Line[] {
  // After "Similar Jobs (4)" or "People also viewed", a job board lists other jobs (with their own
  // "locations" labels): debris up to the next heading set off by a blank line.
  let listing = false;
  let afterBlank = true;
  const lines: Line[] = splitLines(text.slice(from, to)).map((r) => {
    const start = r.start + from;
    const end = r.end + from;
    const line = scan.slice(start, end);
    const facts = memo ? recall(memo.lines, line, () => lineFacts(line)) : lineFacts(line);
    const { blank } = facts;
    let noise = facts.noise;
    if (noise && !listing) listing = facts.opener;
    const found = facts.heading;
    const heading = found ? { title: found.title, kind: found.kind, span: { start: found.span.start + start, end: found.span.end + start } } : null;
    if (heading && afterBlank) listing = false;
    else if (listing && !blank) noise = true;
    afterBlank = blank;
    return { start, end, text: facts.text, blank, noise, opener: facts.opener, heading: noise ? null : heading, ...(memo ? { facts } : {}) };
  });
  // Shape-only headings need context: set off from what precedes, followed by real content.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.noise || l.heading) continue;
    const prev = lines[i - 1];
    let n = i + 1;
    while (n < lines.length && lines[n]!.blank) n++;
    const numbered = numberedHeading(scan, l, lines[n], prev);
    if (numbered) {
      l.heading = numbered;
      continue;
    }
    const emoji = emojiHeading(scan, l, lines[n], prev);
    if (emoji) {
      l.heading = emoji;
      continue;
    }
    if (BRACKETED.test(l.text) && !TIME_STAMP.test(l.text)) {
      const span = stripDecoration(scan, trimSpan(scan, l.start, l.end));
      const title = toDisplayText(scan.slice(span.start, span.end));
      l.heading = { title, kind: classifyHeading(title) ?? 'other', span };
      continue;
    }
    const colon = /[:：]\s*$/.test(l.text);
    if (!colon && prev && !prev.blank && prev.heading) continue;
    // "• Docker" / "Why Harbourline" / "• Pension plan": a line between two lists that names a
    // section opens one, though nothing sets it off.
    const betweenLists = !colon && !!prev && !prev.blank && n === i + 1 && !!lines[n] && !!bulletOf(prev) && !bulletOf(l) && !!bulletOf(lines[n]!);
    if (betweenLists && !classifyHeading(l.text)) continue;
    if (!colon && prev && !prev.blank && !prev.noise && !betweenLists) continue;
    // "Who are we looking for?" above "Must-haves:": a heading may open with its first sub-heading.
    const subHeading = !!lines[n]?.heading && isQualifierHeading(lines[n]!.heading!.title);
    // A field's label is no heading above the next field ("Job Locations<TAB>US-WA-Spokane").
    if (!isContent(lines[n]) && !subHeading && !(isTabbedField(text, lines[n]) && !text.slice(l.start, l.end).includes('\t')) && !isLabelledField(lines, i, colon)) continue;
    const span = headingShape(scan, trimSpan(scan, l.start, l.end));
    if (span && subHeading && !classifyHeading(scan.slice(span.start, span.end))) continue;
    if (span) {
      const title = toDisplayText(scan.slice(span.start, span.end));
      l.heading = { title, kind: classifyHeading(title) ?? 'other', span };
    }
  }
  return lines;
}

/**
 * Section starts of a plain-text posting, or of a region of it (a Markdown paragraph): marks are
 * made for lines starting before `region.end`; lines up to `region.contextEnd` are context.
 * `aloneCache` (one per document) remembers which words stand alone in the text; `memo` is the
 * editor's (see `SectionMemo`).
 */
export function textMarks(
  text: string,
  scan: string,
  region: { start: number; end: number; contextEnd: number } = { start: 0, end: text.length, contextEnd: text.length },
  aloneCache: AloneWords = aloneWords(),
  memo?: SectionMemo,
): Mark[] {
  const lines = classifyLines(text, scan, region.start, region.contextEnd, memo);
  const marks: Mark[] = [];
  let inNoise = false;
  let lastKind: SectionKind | null = null;
  const style = (i: number): string => `${+(i === 0 || lines[i - 1]!.blank)}${+(i === lines.length - 1 || lines[i + 1]!.blank)}`;
  const untitled = (at: number, kind: SectionKind) => {
    marks.push({ title: '', kind, headingSpan: { start: at, end: at }, blockStart: at, bodyStart: at, level: 1, style: 'u', untitled: true });
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.start >= region.end && i > 0) break;
    if (l.blank) continue;
    const start = trimSpan(scan, l.start, l.end).start;
    if (l.noise) {
      // "Similar jobs" heads the listing after it: a noise section with that title.
      if (l.opener) {
        const span = trimSpan(scan, l.start, l.end);
        marks.push({ title: toDisplayText(scan.slice(span.start, span.end)), kind: 'noise', headingSpan: span, blockStart: start, bodyStart: l.end, level: 1, style: style(i), untitled: false });
      } else if (!inNoise) untitled(start, 'noise');
      inNoise = true;
      continue;
    }
    if (l.heading) {
      marks.push({ title: l.heading.title, kind: l.heading.kind, headingSpan: l.heading.span, blockStart: start, bodyStart: l.end, level: 1, style: style(i), untitled: false });
      lastKind = l.heading.kind;
      inNoise = false;
      continue;
    }
    // Short job-board metadata between debris lines ("Full-time", "Acme · Berlin") stays with the debris.
    if (inNoise && (METADATA.test(l.text) || (/\s[·|]\s/.test(l.text) && l.text.length < 80))) continue;
    const setOff = i === 0 || lines[i - 1]!.blank;
    const glued = l.facts ? gluedAgain(l.facts, scan, l.start, l.end, aloneCache, setOff) : findGluedHeadings(scan, l.start, l.end, aloneCache, setOff);
    if (marks.length === 0 || inNoise) {
      if (glued[0]?.start !== start) untitled(start, lastKind ?? 'about');
    }
    inNoise = false;
    for (const g of glued) {
      marks.push({ title: g.title, kind: g.kind, headingSpan: { start: g.start, end: g.end }, blockStart: g.start, bodyStart: g.bodyStart, level: 1, style: 'g', untitled: false });
      lastKind = g.kind;
    }
  }
  return marks;
}
