/**
 * The section tree of a job posting.
 *
 * `extractSections` finds the headings of a Markdown or plain/scraped-text posting, nests them,
 * splits each section's content into items and names the posting's title and company. Every span
 * points into the original text; it never throws.
 */
import type { Item, PostingFormat, Section, SectionKind } from '../types.ts';
import { toScanText, unquoteEmail, untagHtml } from '../normalize.ts';
import { extractItems } from './items.ts';
import { looksLikeMarkdown, markdownMarks } from './markdown.ts';
import { findPostingMeta } from './meta.ts';
import { textMarks } from './text.ts';
import { itemsAgain, nextSections, type SectionMemo } from './memo.ts';
import { buildSections, GROUPING, sectionPathAt } from './tree.ts';
import { classifyHeading as classify, headingKey, isWhyHeading } from './vocabulary.ts';
import { PROFILE_TITLE } from '../level-labels.ts';

export interface SectionExtraction {
  format: PostingFormat;
  sections: Section[];
  title: string | null;
  company: string | null;
}

export interface ExtractOptions {
  format?: 'markdown' | 'text' | 'auto';
  fileName?: string;
  /** What the sections of this document's previous version left (`createSectionMemo()`); same result. */
  memo?: SectionMemo;
}

/** The kind of a heading by the alias table (then its key words), or null when unknown. */
export function classifyHeading(title: string): SectionKind | null {
  return typeof title === 'string' ? classify(title) : null;
}

export { sectionPathAt };

function chooseFormat(text: string, options: ExtractOptions): PostingFormat {
  if (options.format === 'markdown' || options.format === 'text') return options.format;
  if (options.fileName && /\.(md|markdown|mdx)$/i.test(options.fileName)) return 'markdown';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

function extract(text: string, format: PostingFormat, memo: SectionMemo | undefined): SectionExtraction {
  const markdown = format === 'markdown';
  if (memo) nextSections(memo);
  // Markdown has its own block quotes; in plain text, "> " starts the lines of a forwarded e-mail.
  const plain = markdown ? toScanText(text) : unquoteEmail(toScanText(text));
  // An HTML page's source pasted as text reads as the page showed it, items without their tags.
  const scan = markdown ? plain : untagHtml(plain);
  const itemSource = scan === plain ? text : scan;
  const parsed = markdown ? markdownMarks(text, scan, memo) : { marks: textMarks(text, scan, undefined, undefined, memo), contentStart: 0, frontMatter: { title: null, company: null } };
  const sameText = !!memo && itemSource === scan;
  const items = (start: number, end: number) => (memo ? itemsAgain(memo, itemSource, scan, start, end, { markdown }, sameText) : extractItems(itemSource, scan, start, end, { markdown }));
  const sections = buildSections(text, parsed.marks, items, parsed.contentStart);
  whyBenefits(sections);
  dutiesDescription(sections);
  profileAsRequirements(sections);
  inheritKinds(sections, null);
  // The scan copy (same length): a BOM, NBSPs or zero-width characters do not hide a title.
  const meta = findPostingMeta(scan, sections, parsed.frontMatter);
  return { format, sections, title: meta.title, company: meta.company };
}

/** How many of the items are list items (not sentences or lines of prose). */
const bulleted = (items: readonly Item[]): number => items.filter((i) => i.bullet !== null).length;

/**
 * "Why join us" / "Why Acme?": what the job offers, as readers label it, but a pitch for the
 * company when it is prose that hardly names a perk, in under a quarter of its sentences ("We are
 * a Texas-owned staffing firm…").
 */
function whyBenefits(sections: Section[]): void {
  for (const s of sections) {
    const list = s.items.length >= 2 && bulleted(s.items) * 2 >= s.items.length;
    if ((s.kind === 'benefits' || s.kind === 'company') && isWhyHeading(s.title)) {
      const pitch = s.items.length > 0 && bulleted(s.items) === 0 && s.items.filter((i) => OFFER_WORDS.test(i.text)).length * 4 < s.items.length;
      s.kind = pitch ? 'company' : 'benefits';
    }
    // SmartRecruiters' "Additional Information": often the perks, as a list or under a first sub-heading that says so.
    else if (s.kind === 'other' && /^additional information$/i.test(s.title) && ((list && s.items.some((i) => OFFER_WORDS.test(i.text))) || (!s.items.length && s.children[0]?.kind === 'benefits')))
      s.kind = 'benefits';
    // "advantages:": the nice-to-haves on most boards, what the job offers on an agency's (Randstad).
    else if (s.kind === 'preferred' && /^advantages?$/i.test(s.title) && list && s.items.filter((i) => OFFER_WORDS.test(i.text) || TERMS_WORDS.test(i.text)).length * 2 > s.items.length)
      s.kind = 'benefits';
    whyBenefits(s.children);
  }
}

/**
 * "JOB DESCRIPTION" over a list of duties (three in four items bulleted) right before "JOB
 * REQUIREMENTS" (the template of Glints, VietnamWorks, JobStreet): the duties of the job, not a
 * description of it.
 */
function dutiesDescription(sections: Section[]): void {
  sections.forEach((s, i) => {
    const next = sections[i + 1];
    if (s.kind === 'about' && !s.children.length && s.items.length >= 3 && bulleted(s.items) * 4 >= s.items.length * 3 && next?.kind === 'requirements' && headingKey(s.title) === 'job description') s.kind = 'responsibilities';
    dutiesDescription(s.children);
  });
}

/**
 * Welcome to the Jungle titles every candidate profile "Preferred experience": must-haves and all.
 * Where no requirements section stands outside it, that heading holds the requirements (its own
 * "Must have" / "Nice to have" sub-headings still decide for their items).
 */
function profileAsRequirements(sections: Section[]): void {
  const profile = sections.find((s) => s.kind === 'preferred' && PROFILE_TITLE.test(s.title));
  if (!profile) return;
  const requirementsOutside = (list: readonly Section[]): boolean => list.some((s) => s !== profile && (s.kind === 'requirements' || requirementsOutside(s.children)));
  if (!requirementsOutside(sections)) profile.kind = 'requirements';
}

/**
 * A sub-heading whose words name no section ("People Leadership:", "Delivery & Engineering
 * Excellence:") groups the items of the section it sits in, and takes that section's kind.
 */
function inheritKinds(sections: Section[], parent: SectionKind | null): void {
  for (const s of sections) {
    if (parent && s.kind === 'other' && GROUPING.has(parent) && classify(s.title) === null) s.kind = parent;
    inheritKinds(s.children, s.kind);
  }
}

/** What a contract offers besides perks ("12-month contract", "hourly rate, paid weekly"). */
const TERMS_WORDS = /\b(?:contract|hourly rate|paid|pays|schedule)\b/i;
const OFFER_WORDS = /\b(?:insurance|vacation|holidays?|leave|pension|retirement|401k|salary|bonus|equity|stock|budget|gym|wellness|remote|hybrid|flexible|days off|parental)\b/i;

/** Sections, title and company of a posting. Never throws: on any failure it returns no sections. */
export function extractSections(text: string, options: ExtractOptions = {}): SectionExtraction {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const format = chooseFormat(input, options ?? {});
  try {
    return extract(input, format, options?.memo);
  } catch {
    // Never throw into an editor or a CLI run: an unexpected failure yields no sections.
    return { format, sections: [], title: null, company: null };
  }
}
