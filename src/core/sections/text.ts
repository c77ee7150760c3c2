/**
 * Section starts in plain and scraped text: heading lines (by the alias table or by their shape),
 * headings glued into running text, runs of job-board debris, and the untitled preamble.
 */
import type { SectionKind, Span } from '../types.ts';
import { detectBullet, splitLines, toDisplayText, trimSpan } from '../normalize.ts';
import { aloneWords, findGluedHeadings, type AloneWords } from './glued.ts';
import type { Mark } from './marks.ts';
import { gluedAgain, type LineFacts, type SectionMemo } from './memo.ts';
import { isCapitals } from './chars.ts';
import { headingShape, lineFacts, METADATA, stripDecoration, wordsOf, type LineHeading } from './line.ts';
import { recall } from '../generations.ts';
import { classifyHeading, hasRoleWord, isContainerHeading, isQualifierHeading, lookupAlias } from './vocabulary.ts';

interface Line extends Span {
  /** Trimmed content. */
  text: string;
  blank: boolean;
  noise: boolean;
  /** Debris after which a board lists other jobs ("Similar jobs"): it titles the debris section. */
  opener: boolean;
  /** `topic`: one of a group of lines that title a section's items by topic (`markTopicGroups`). */
  heading: (LineHeading & { topic?: true }) | null;
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

/** Emoji (with their joiners and variation selectors) and the spaces after them, at a line's start. */
const EMOJI_LEAD = /^(?:\p{Extended_Pictographic}|[\u200D\uFE0F])+[ \t]+(?=\p{L})/u;

/** "[2:08 PM]", "[11/03/2025 14:07]": a chat message's time stamp, not a heading in brackets. */
const TIME_STAMP = /^\s*\[\s*(?:\d{1,2}[:.]\d{2}|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})[^\]]*\]\s*$/;

/** "【業務内容】", "[Responsibilities]": a short line in brackets is a heading in any script. */
const BRACKETED = /^\s*(?:【[^【】]{1,30}】|［[^［］]{1,30}］|\[[^[\]]{1,30}\]|〔[^〔〕]{1,30}〕)\s*$/;

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
function numberedHeading(scan: string, l: Line, next: Line | undefined, prev: Line | undefined): LineHeading | null {
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

/** Is `next` a heading's first sub-heading ("Must-haves:" under "Who are we looking for?")? */
function opensWithSubHeading(next: Line | undefined): boolean {
  return !!next?.heading && isQualifierHeading(next.heading.title);
}

/**
 * "💡 The role", "✅ What we're looking for": an emoji that also serves as a list marker, before a
 * phrase that names a section, set off from what precedes it (or under a heading) and followed by
 * content or by its first sub-heading.
 */
function emojiHeading(scan: string, l: Line, next: Line | undefined, prev: Line | undefined): LineHeading | null {
  if (prev && !prev.blank && !prev.heading) return null;
  // An emoji is outside the ASCII range and Latin letters: one code test before the marker search.
  if (l.text.charCodeAt(0) < 0x2000) return null;
  // The emoji: a list marker for detectBullet ("💡") or not ("➕").
  const b = bulletOf(l);
  const lead = b ? (/^\p{Extended_Pictographic}/u.test(b.marker) ? b.contentStart : -1) : (EMOJI_LEAD.exec(l.text)?.[0].length ?? -1);
  if (lead < 0) return null;
  const title = l.text.replace(/[:：]\s*$/, '');
  const content = title.slice(lead);
  // What follows is content, or the heading's first sub-heading ("✅ What you'll bring" / "Must-haves:").
  const opens = isContent(next) || opensWithSubHeading(next);
  if (wordsOf(content).length > 8 || /[.,;!]$/.test(content) || !opens) return null;
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

/** The heading whose title is the text at `span`: of the kind its words name, else `other`. */
function headingAt(scan: string, span: Span): LineHeading {
  const title = toDisplayText(scan.slice(span.start, span.end));
  return { title, kind: classifyHeading(title) ?? 'other', span };
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
      l.heading = headingAt(scan, stripDecoration(scan, trimSpan(scan, l.start, l.end)));
      continue;
    }
    const colon = /[:：]\s*$/.test(l.text);
    // "Full job description" over "Who are we?": a wrapping heading may open with a section's own.
    // "What You Will Be Doing" over "Daily Responsibilities": or a heading more specific than the one above it.
    const kind = !colon && !!prev?.heading ? classifyHeading(l.text) : null;
    const wrapped = !!kind && (isContainerHeading(prev!.heading!.title) || (kind === prev!.heading!.kind && SECTION_NOUN.test(l.text)));
    // "US Base Pay Range" over "$168,000—$198,000 USD" (Greenhouse): a pay heading over its figures.
    const pay = !colon && n === i + 1 && !!lines[n] && PAY_FIGURES.test(lines[n]!.text) && classifyHeading(l.text) === 'compensation';
    if (!colon && prev && !prev.blank && prev.heading && !wrapped && !pay) continue;
    // "• Docker" / "Why Harbourline" / "• Pension plan": a line between two lists that names a
    // section opens one, though nothing sets it off.
    const betweenLists = !colon && !!prev && !prev.blank && n === i + 1 && !!lines[n] && !!bulletOf(prev) && !bulletOf(l) && !!bulletOf(lines[n]!);
    if (betweenLists && !classifyHeading(l.text)) continue;
    if (!colon && prev && !prev.blank && !prev.noise && !betweenLists && !wrapped && !pay) continue;
    // "Who are we looking for?" above "Must-haves:": a heading may open with its first sub-heading.
    const subHeading = opensWithSubHeading(lines[n]);
    // A field's label is no heading above the next field ("Job Locations<TAB>US-WA-Spokane").
    if (!isContent(lines[n]) && !subHeading && !pay && !(isTabbedField(text, lines[n]) && !text.slice(l.start, l.end).includes('\t')) && !isLabelledField(lines, i, colon)) continue;
    const span = headingShape(scan, trimSpan(scan, l.start, l.end));
    if (span && subHeading && !classifyHeading(scan.slice(span.start, span.end))) continue;
    if (span) l.heading = headingAt(scan, span);
  }
  markTopicGroups(scan, lines);
  return lines;
}

/** A line that starts with an amount of money ("$168,000—$198,000 USD", "€55.000 – €65.000", "USD 90k"). */
const PAY_FIGURES = /^(?:[$£€¥₹]\s?\d|(?:USD|EUR|GBP|CAD|AUD|CHF|INR|SGD)\s?\d)/;

/** A heading's last word that names the section it heads ("Daily Responsibilities", "Core Qualifications"). */
const SECTION_NOUN = /\b(?:responsibilities|duties|tasks|requirements|qualifications|skills|benefits|perks)$/i;

/** Words that leave a list item unfinished: the next line goes on with it ("- Experience with" / "Kubernetes and Docker"). */
const UNFINISHED = /(?:\b(?:and|or|with|of|to|in|on|for|the|a|an|as|by|from|including)|[,&/(-])$/i;

/** Is the line the end of a list: an item, or an indented line that goes on with one? */
function endsList(scan: string, lines: readonly Line[], i: number): boolean {
  let j = i;
  while (j > 0 && !bulletOf(lines[j]!) && !lines[j]!.blank && /^[ \t]/.test(scan.slice(lines[j]!.start, lines[j]!.start + 1))) j--;
  return !!bulletOf(lines[j]!) && !UNFINISHED.test(lines[i]!.text);
}

/** Could the line title a group of items: short, capitalised, no sentence and no list of its own? */
function isTopicLine(scan: string, lines: readonly Line[], i: number): boolean {
  const l = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (l.blank || l.noise || l.heading || !prev || !next || next.blank || next.noise || bulletOf(l) || !bulletOf(next)) return false;
  if (!(prev.blank || prev.heading || endsList(scan, lines, i - 1))) return false;
  const t = l.text;
  return t.length <= 50 && wordsOf(t).length <= 5 && /^\p{Lu}/u.test(t) && !/[.,;!?:：]$/.test(t) && !/[,·•|$€£@\\]|https?|\d{2,}/.test(t) && !METADATA.test(t) && !hasRoleWord(t);
}

/**
 * "What You'll Be Doing", then "Infrastructure & Servers" over a list, "Network & Security" over the
 * next: short lines that each open a list, right under a heading or after the list before, group a
 * section's items by topic. Two or more of them between the same headings are sub-headings, in
 * sentence case too ("Platform and pipelines"); one alone may be the end of a wrapped item.
 */
function markTopicGroups(scan: string, lines: Line[]): void {
  let group: Line[] = [];
  const close = () => {
    if (group.length >= 2) {
      for (const l of group) l.heading = { ...headingAt(scan, stripDecoration(scan, trimSpan(scan, l.start, l.end))), topic: true };
    }
    group = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading || l.noise) close();
    else if (isTopicLine(scan, lines, i)) group.push(l);
  }
  close();
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
      // A topic's heading sits under the heading of the section it groups (level 2).
      marks.push({ title: l.heading.title, kind: l.heading.kind, headingSpan: l.heading.span, blockStart: start, bodyStart: l.end, level: l.heading.topic ? 2 : 1, style: style(i), untitled: false });
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
