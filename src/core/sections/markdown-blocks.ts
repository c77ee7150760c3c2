/**
 * The top-level blocks of a Markdown posting (headings, paragraphs, lists, front matter, others),
 * as remark's syntax tree has them as the root's children, without building that tree.
 *
 * Section starts need only the block structure and, for a paragraph that opens with `**` or `__`,
 * its inline content. remark (`mdast-util-from-markdown`) tokenizes every paragraph's inline
 * content and builds a node for each run of text; on a posting that is most of its time. Here
 * micromark (the tokenizer remark runs) reads the document and its flow constructs only (one
 * `subtokenize` pass), and remark parses just the paragraphs that open with bold. A document with a
 * block that may be a link reference definition (a paragraph's content that starts with `[`) is
 * handed to remark whole, since a definition is a block of its own; so is one where a bold
 * paragraph holds a `[` and the text a `]:` (a definition elsewhere changes how its links read). Offsets are those of remark's positions (from after a byte-order mark).
 */
import { parse, preprocess } from 'micromark';
import { subtokenize } from 'micromark-util-subtokenize';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Event } from 'micromark-util-types';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { Span } from '../types.ts';

export interface Block {
  readonly type: 'yaml' | 'toml' | 'heading' | 'paragraph' | 'list' | 'other';
  readonly span: Span;
  /** A heading's level (1–6). */
  readonly depth?: number;
  /** A heading's text (its inline content), when it has any. */
  readonly inner?: Span;
  /** A paragraph's inline content, when it opens with bold (only then is it asked for). */
  readonly children?: readonly PhrasingContent[];
  /** Where the children's positions count from (0 but for a paragraph parsed on its own). */
  readonly childOffset?: number;
  /** Front matter's value (between the fences). */
  readonly value?: string;
}

type Parser = { parse(text: string): Root };

/** micromark's flow constructs that are nodes of remark's tree; anything else at the top (line endings) is not. */
const OTHER = new Set(['blockQuote', 'codeFenced', 'codeIndented', 'htmlFlow', 'thematicBreak', 'definition']);

const offsetsOf = (s: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span | null => {
  const a = s.position?.start.offset;
  const b = s.position?.end.offset;
  return a === undefined || b === undefined ? null : { start: a, end: b };
};

/** The blocks of remark's tree (the reference the fast path reproduces, and its fallback). */
export function remarkBlocks(source: string, parser: Parser, shift = 0): Block[] {
  const blocks: Block[] = [];
  for (const node of parser.parse(source).children as RootContent[]) {
    const at = offsetsOf(node);
    if (!at) continue;
    const span = { start: at.start + shift, end: at.end + shift };
    if (node.type === 'yaml' || node.type === ('toml' as string)) blocks.push({ type: node.type as 'yaml' | 'toml', span, value: (node as { value: string }).value });
    else if (node.type === 'heading') {
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      const inner = first && last ? { start: (offsetsOf(first)?.start ?? at.start) + shift, end: (offsetsOf(last)?.end ?? at.end) + shift } : undefined;
      blocks.push({ type: 'heading', span, depth: node.depth, ...(inner ? { inner } : {}) });
    } else if (node.type === 'paragraph') blocks.push({ type: 'paragraph', span, children: node.children, childOffset: shift });
    else if (node.type === 'list') blocks.push({ type: 'list', span });
    else blocks.push({ type: 'other', span });
  }
  return blocks;
}

const FRONT_MATTER = [frontmatter(['yaml', 'toml'])];

/**
 * The blocks of `source`: `frontMatter` reads a leading `---`/`+++` block as front matter (as
 * remark-frontmatter does); `full` is the remark parser for the same options (the fallback), and
 * `inline` the plain one that reads a bold paragraph's inline content.
 */
export function markdownBlocks(source: string, frontMatter: boolean, full: Parser, inline: Parser): Block[] {
  const events: Event[] = parse(frontMatter ? { extensions: FRONT_MATTER } : {})
    .document()
    .write(preprocess()(source, undefined, true));
  // One pass: the document's containers and flow constructs; paragraphs' content stays unread.
  subtokenize(events);
  // Offsets count from after a byte-order mark, which `source` still holds.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const blocks: Block[] = [];
  let depth = 0;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i]!;
    if (kind === 'exit') {
      depth--;
      continue;
    }
    if (depth++ > 0) continue;
    const span = { start: token.start.offset, end: token.end.offset };
    switch (token.type as string) {
      case 'atxHeading':
      case 'setextHeading': {
        let level = 0;
        let inner: Span | undefined;
        for (let j = i + 1, d = 1; d > 0; j++) {
          const [k, t] = events[j]!;
          if (k === 'exit') {
            d--;
            continue;
          }
          d++;
          if (t.type === 'atxHeadingText' || t.type === 'setextHeadingText') inner = { start: t.start.offset, end: t.end.offset };
          else if (t.type === 'atxHeadingSequence' && level === 0) level = t.end.offset - t.start.offset;
          else if (t.type === 'setextHeadingLineSequence') level = source.charCodeAt(t.start.offset + bom) === 0x3d /* = */ ? 1 : 2;
        }
        // remark's inline content ends before the spaces and tabs that end a heading's last line.
        if (inner) while (inner.end > inner.start && (source.charCodeAt(inner.end - 1 + bom) === 0x20 || source.charCodeAt(inner.end - 1 + bom) === 0x09)) inner.end--;
        blocks.push({ type: 'heading', span, depth: level, ...(inner ? { inner } : {}) });
        break;
      }
      case 'content': {
        const c = source.charCodeAt(span.start + bom);
        // "[x]: …" may be a definition (a block of its own): remark reads such a document.
        if (c === 0x5b /* [ */) return remarkBlocks(source, full);
        if ((c === 0x2a /* * */ || c === 0x5f) /* _ */ && source.charCodeAt(span.start + bom + 1) === c) {
          const own = source.slice(span.start + bom, span.end + bom);
          // A definition anywhere (in a list, a quote) decides what its reference in this paragraph is.
          if (own.includes('[') && source.includes(']:')) return remarkBlocks(source, full);
          const parsed = remarkBlocks(own, inline, span.start);
          const paragraph = parsed.length === 1 && parsed[0]!.type === 'paragraph' ? parsed[0]! : undefined;
          if (!paragraph || paragraph.span.start !== span.start || paragraph.span.end !== span.end) return remarkBlocks(source, full);
          blocks.push(paragraph);
        } else blocks.push({ type: 'paragraph', span });
        break;
      }
      case 'listOrdered':
      case 'listUnordered':
        blocks.push({ type: 'list', span });
        break;
      case 'yaml':
      case 'toml': {
        // The value: what lies between the line ending after the opening fence and the one before the closing fence.
        let from = -1;
        let to = -1;
        for (let j = i + 1, d = 1; d > 0; j++) {
          const [k, t] = events[j]!;
          if (k === 'exit') d--;
          else {
            d++;
            if (d === 2 && (t.type === 'lineEnding' || t.type === 'lineEndingBlank')) {
              if (from < 0) from = t.end.offset;
              to = t.start.offset;
            }
          }
        }
        blocks.push({ type: token.type as 'yaml' | 'toml', span, value: from < 0 || to <= from ? '' : source.slice(from + bom, to + bom) });
        break;
      }
      default:
        if (OTHER.has(token.type)) blocks.push({ type: 'other', span });
    }
  }
  return blocks;
}
