/**
 * Section starts of a Markdown posting, from its blocks as remark's tree has them (`markdown-blocks.ts`): ATX and setext headings, bold
 * label lines (`**Requirements**`, `**Benefits:**`), front matter (title/company keys), and inside
 * paragraphs and lists whatever the plain-text detector finds there ("Responsibilities:", glued
 * headings, job-board debris), since postings pasted into .md files are mostly plain text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { PhrasingContent } from 'mdast';
import type { Span } from '../types.ts';
import { isBlank, splitLines, toDisplayText, trimSpan } from '../normalize.ts';
import type { Mark } from './marks.ts';
import { classifyHeading, isQualifierHeading, lookupAlias } from './vocabulary.ts';
import { textMarks } from './text.ts';
import { aloneWords } from './glued.ts';
import type { SectionMemo } from './memo.ts';
import { markdownBlocks, type Block } from './markdown-blocks.ts';

export interface MarkdownMarks {
  marks: Mark[];
  /** Where the posting starts (after front matter). */
  contentStart: number;
  frontMatter: { title: string | null; company: string | null };
}

/**
 * The ONE place where unist positions become our spans. unist offsets are already 0-based, but
 * they count from after a byte-order mark, which the parser drops: `base` adds it back.
 */
function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, base: number): Span | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: s + base, end: e + base };
}

/**
 * What makes a text Markdown, each signal with a string every match of it contains: most plain
 * postings hold no `===`, `#` or `**`, and a substring search rules a signal out far faster than a
 * multiline pattern tried at every position.
 */
const MARKDOWN_SIGNALS: [RegExp, string[]][] = [
  [/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\s*(\r?\n|$)/, []], // front matter (anchored: no search)
  [/\S[ \t]*\r?\n {0,3}={3,}[ \t]*(?:\r?\n|$)/, ['===']], // setext heading
  [/^ {0,3}#{1,6}[ \t]+\S/m, ['#']], // ATX heading
  [/^ {0,3}(\*\*|__)[^*_\r\n]{2,80}(\*\*|__)[ \t]*:?[ \t]*$/m, ['**', '__']], // bold label line
  [/\[[^\]\r\n]{1,200}\]\([^)\s]{1,500}\)/, []], // link (starts with a literal: fast as it is)
];

/** Does the text look like Markdown (front matter, `#` headings, bold label lines, links)? */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return MARKDOWN_SIGNALS.some(([re, needles]) => (!needles.length || needles.some((n) => head.includes(n))) && re.test(head));
}

function pick(data: unknown, keys: string[]): string | null {
  if (!data || typeof data !== 'object') return null;
  const rec = data as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (keys.includes(k.toLowerCase()) && (typeof v === 'string' || typeof v === 'number') && String(v).trim()) return String(v).trim();
  }
  return null;
}

/** Does a bold lead-in name a section: a heading phrase, or words that say what a list holds ("What you'd work on")? */
function namesSection(label: string): boolean {
  if (lookupAlias(label)) return true;
  const kind = classifyHeading(label);
  return kind !== null && kind !== 'about' && kind !== 'other';
}

/** The text after an inline bold label that makes it a section's heading rather than a detail. */
const MIN_INLINE_BODY = 60;

/** A paragraph that opens with a bold label ("**Requirements**", "**Benefits:**", "**Compensation:** The base…"): its heading span. */
function boldHeading(text: string, children: readonly PhrasingContent[], base: number): { span: Span; bodyStart: number } | null {
  const first = children[0];
  if (!first || first.type !== 'strong') return null;
  const strong = spanOf(first, base);
  if (!strong) return null;
  const rest = children.slice(1);
  const restText = rest.map((c) => (c.type === 'text' ? c.value : c.type === 'break' ? '\n' : '\u0000')).join('');
  // Bold alone, or bold then a line break: the rest (if any) is the section's first content.
  // A bold label with its colon and text on the same line ("**Compensation:** The base salary…")
  // opens a section only when the label names one and prose follows: "**Location:** Remote" and
  // "**Salary:** $120k" are details, not sections.
  const alone = /^[ \t]*[:：]?[ \t]*(\r?\n|$)/.test(restText);
  const inner = first.children.length ? { start: spanOf(first.children[0]!, base)?.start ?? strong.start, end: spanOf(first.children[first.children.length - 1]!, base)?.end ?? strong.end } : strong;
  const title = text.slice(inner.start, inner.end);
  if (!alone) {
    // "**Compensation:** The base…", and a blog's lead-in "**What you'd work on.** We…".
    const label = title.replace(/[:：.]\s*$/, '');
    const colon = label !== title || /^[ \t]*[:：]/.test(restText);
    if (!colon || label.split(/\s+/).length > 6 || restText.replace(/^[ \t]*[:：]/, '').trim().length < MIN_INLINE_BODY || !namesSection(label)) return null;
  } else if (/[.!]$/.test(title.trim())) return null;
  if (title.length > 80) return null;
  const colonAt = text.indexOf(':', strong.end);
  const bodyStart = colonAt >= 0 && colonAt < strong.end + 3 ? colonAt + 1 : strong.end;
  return { span: trimSpan(text, inner.start, inner.end), bodyStart };
}

/**
 * Above this size remark's tokenizer gets slow (lists make it super-linear); a line scanner that
 * knows ATX headings, bold label lines, fences and front matter takes over.
 */
const MAX_REMARK_CHARS = 50_000;

function lineMarks(text: string, scan: string): MarkdownMarks {
  const marks: Mark[] = [];
  const fm = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(0, 20_000));
  const contentStart = fm ? fm[0].length : 0;
  let level = 0;
  let fence: string | null = null;
  for (const l of splitLines(text)) {
    if (l.start < contentStart) continue;
    const line = scan.slice(l.start, Math.min(l.end, l.start + 300));
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) fence = fence === null ? f[1]![0]! : fence === f[1]![0] ? null : fence;
    if (fence !== null || f) continue;
    const atx = /^( {0,3})(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line);
    const bold = /^( {0,3})(\*\*|__)([^*_]{1,80})\2[ \t]*[:：]?[ \t]*$/.exec(line);
    const m = atx ?? bold;
    if (!m || !m[3]) continue;
    const start = l.start + m[1]!.length + m[2]!.length + (atx ? line.slice(m[1]!.length + m[2]!.length).search(/\S/) : 0);
    const span = trimSpan(text, start, start + m[3].length);
    const title = toDisplayText(text.slice(span.start, span.end).replace(/[:：]\s*$/, ''));
    if (atx) level = m[2]!.length;
    marks.push({ title, kind: classifyHeading(title) ?? 'other', headingSpan: span, blockStart: l.start + m[1]!.length, bodyStart: l.end, level: atx ? level : level + 1, style: 'm', untitled: false });
  }
  return { marks, contentStart, frontMatter: { title: null, company: null } };
}

/**
 * Frozen parsers, built once: building a processor attaches the plugins and combines their syntax
 * extensions again at every parse. Front matter can only open a document, and its syntax extension
 * costs every line a little, so a posting that does not start with `---` or `+++` goes without it.
 */
const createParser = (frontMatter: boolean) => (frontMatter ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']) : unified().use(remarkParse)).freeze();
const parsers: Partial<Record<'plain' | 'frontMatter', ReturnType<typeof createParser>>> = {};
const parser = (frontMatter: boolean) => (frontMatter ? (parsers.frontMatter ??= createParser(true)) : (parsers.plain ??= createParser(false)));

/** The top-level blocks of a Markdown text, as remark's tree has them (see `markdown-blocks.ts`). */
function blocksOf(source: string): Block[] {
  const frontMatter = /^\uFEFF?(?:---|\+\+\+)/.test(source);
  return markdownBlocks(source, frontMatter, parser(frontMatter), parser(false));
}

/** The end of the first line after the one ending at `from` that is not blank (as `classifyLines` sees blanks). */
function endOfNextLine(text: string, from: number): number {
  let i = from;
  if (text[i] === '\r') i++;
  if (text[i] === '\n') i++;
  while (i < text.length) {
    let e = i;
    while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
    if (!isBlank(text, i, e)) return e;
    i = e;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    if (i === e) break;
  }
  return text.length;
}

/**
 * `memo` is the editor's (see `SectionMemo`): the lines of a paragraph or list an edit did not touch
 * are not classified again.
 */
export function markdownMarks(text: string, scan: string, memo?: SectionMemo): MarkdownMarks {
  if (text.length > MAX_REMARK_CHARS) return lineMarks(text, scan);
  // The parser reads the scan copy (same offsets): NBSPs, zero-width characters and tabs pasted from
  // web pages then do not turn "##\u00a0Benefits" into a paragraph or an indented line into code.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = base ? '\uFEFF' + scan.slice(1) : scan;
  const blocks = blocksOf(source);
  const marks: Mark[] = [];
  // Which words stand alone in the text: one answer per document, not per block.
  const aloneCache = aloneWords();
  let contentStart = 0;
  const frontMatter: MarkdownMarks['frontMatter'] = { title: null, company: null };
  let headingLevel = 0;
  /** The enclosing ATX/setext headings, outermost first. */
  const headings: { level: number; kind: string }[] = [];
  /**
   * A bold label sits one level under the heading above it, except that a label of another
   * known section ("**Benefits**" under "### Nice to have") is a sibling of the outermost known
   * heading.
   */
  const boldLevel = (title: string): number => {
    const kind = classifyHeading(title);
    if (!kind || isQualifierHeading(title)) return headingLevel + 1;
    const outer = headings.find((h) => h.kind !== 'other');
    return outer && outer.kind !== kind ? outer.level : headingLevel + 1;
  };
  const mark = (span: Span, bodyStart: number, level: number, blockStart: number) => {
    const raw = text.slice(span.start, span.end).replace(/[:：.]\s*$/, '');
    const title = toDisplayText(raw.replace(/(\*\*|__|`)/g, ''));
    if (!title) return;
    marks.push({ title, kind: classifyHeading(title) ?? 'other', headingSpan: span, blockStart, bodyStart, level, style: 'm', untitled: false });
  };
  const content = (at: number) => {
    const last = marks[marks.length - 1];
    if (last?.untitled && last.kind === 'noise') {
      marks.push({ title: '', kind: 'about', headingSpan: { start: at, end: at }, blockStart: at, bodyStart: at, level: headingLevel + 1, style: 'u', untitled: true });
    }
  };
  for (const [index, node] of blocks.entries()) {
    const span = { start: node.span.start + base, end: node.span.end + base };
    if (node.type === 'yaml' || node.type === 'toml') {
      contentStart = span.end;
      try {
        const data: unknown = node.type === 'yaml' ? parseYaml(node.value ?? '') : null;
        frontMatter.title = pick(data, ['title', 'job_title', 'jobtitle', 'position', 'role']);
        frontMatter.company = pick(data, ['company', 'company_name', 'organization', 'organisation', 'employer', 'hiring_organization']);
      } catch {
        // Broken front matter is just skipped.
      }
    } else if (node.type === 'heading') {
      const inner = node.inner ? { start: node.inner.start + base, end: node.inner.end + base } : span;
      const depth = node.depth ?? 1;
      headingLevel = depth;
      while (headings.length && headings[headings.length - 1]!.level >= depth) headings.pop();
      headings.push({ level: depth, kind: classifyHeading(text.slice(inner.start, inner.end)) ?? 'other' });
      mark(trimSpan(text, inner.start, inner.end), span.end, depth, span.start);
    } else if (node.type === 'paragraph' || node.type === 'list') {
      const bold = node.children ? boldHeading(text, node.children, base + (node.childOffset ?? 0)) : null;
      let from = span.start;
      if (bold) {
        mark(bold.span, bold.bodyStart, boldLevel(text.slice(bold.span.start, bold.span.end).replace(/[:：]\s*$/, '')), span.start);
        from = bold.bodyStart;
      }
      // Paragraphs and lists are plain text as far as section headings go: scraped postings saved
      // as .md keep their heading lines (often lazily continuing a list item), glued headings and
      // debris there. The next block is context.
      // Only the first non-blank line after the block is looked at (is a heading line followed
      // by content?), so the context ends there: the rest of the next block is its own business.
      const following = (blocks[index + 1] ?? node).span;
      const next = { start: following.start + base, end: following.end + base };
      const contextEnd = Math.min(Math.max(next.end, span.end), span.end + 2000, endOfNextLine(text, span.end));
      for (const m of textMarks(text, scan, { start: from, end: span.end, contextEnd }, aloneCache, memo)) {
        const last = marks[marks.length - 1];
        const afterNoise = !!last?.untitled && last.kind === 'noise';
        // Untitled text marks only matter around debris: one debris run, content after it.
        if (m.untitled && (m.kind === 'noise' ? afterNoise : !afterNoise)) continue;
        marks.push({ ...m, level: headingLevel + m.level, style: m.untitled ? 'u' : 'm' });
      }
    } else {
      content(span.start);
    }
  }
  return { marks, contentStart, frontMatter };
}
