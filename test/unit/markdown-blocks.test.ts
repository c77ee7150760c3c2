// The fast block reader of Markdown postings against remark's own tree, which it must reproduce:
// the same top-level blocks, spans, heading levels and texts, front matter values, and (for a
// paragraph that opens with bold) the same inline content at the same offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { markdownBlocks, remarkBlocks, type Block } from '../../src/core/sections/markdown-blocks.ts';

const plain = unified().use(remarkParse).freeze();
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** A block as compared: inline content only where it is read (a paragraph opening with bold), at document offsets. */
function comparable(b: Block): string {
  const strong = b.children?.[0]?.type === 'strong';
  const at = b.childOffset ?? 0;
  const children = strong ? b.children!.map((c) => [c.type, c.position!.start.offset! + at, c.position!.end.offset! + at]) : undefined;
  return JSON.stringify({ type: b.type, span: b.span, depth: b.depth, inner: b.inner, value: b.value, children });
}

function assertSame(source: string, label: string): void {
  const front = /^\uFEFF?(?:---|\+\+\+)/.test(source);
  const reference = front ? withFrontMatter : plain;
  const expected = remarkBlocks(source, reference).map(comparable);
  const actual = markdownBlocks(source, front, reference, plain).map(comparable);
  assert.deepEqual(actual, expected, `${label}: ${JSON.stringify(source.slice(0, 200))}`);
}

test('hand-picked documents: headings, lists, front matter, bold labels, definitions, BOM and CRLF', () => {
  const docs = [
    '# Senior Engineer\n\n## Requirements ##\n\n- Python\n- Go\n\nSetext\n===\n\nOther\n---\n',
    '---\ntitle: Data Engineer\n\ncompany: Acme\n---\n\n# Role\n',
    '+++\ntitle = "x"\n+++\nBody',
    '**Requirements**\n\n- SQL\n\n**Compensation:** The base salary for this role is between $100,000 and $150,000 a year.',
    '__What you will do__\n1. Build\n2) Ship\n\n> quoted\n\n```\ncode\n```\n\n    indented\n\n<div>html</div>\n\n***\n',
    '[ref]: https://example.com\n\n**Apply [here][ref]**\n\nText',
    // A definition inside a list still defines the reference a bold paragraph uses.
    '- [ref]: https://example.com\n\n**Compensation:** see [ref] for the base salary range of this role and the benefits we offer\n\nText',
    '> [ref]: https://example.com\n\n**[ref]**\n',
    '# Heading with trailing spaces   \n\nSetext with break  \n===\n',
    '#\n\n####### not a heading\n\n\\# escaped',
    '**a** b\n**c**',
  ];
  for (const doc of docs) {
    for (const variant of [doc, doc.replace(/\n/g, '\r\n'), '\uFEFF' + doc]) assertSame(variant, 'document');
  }
});

test('every posting fixture, as written and rewritten as Markdown', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(f)) files.push(p);
    }
  };
  walk(path.join(root, 'test/fixtures/corpus'));
  walk(path.join(root, 'test/fixtures/eval'));
  walk(path.join(root, 'seeds'));
  assert.ok(files.length > 400, `${files.length} fixtures`);
  const bullet = /^\s*(?:[-•·*▪–]|\d{1,2}[.)])\s+/;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    assertSame(text, f);
    // The shape of a posting saved as Markdown: short lines as `##` headings, bullets as `-` lists.
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const md = lines.map((l, i) => (i === 0 ? `# ${l}\n` : bullet.test(l) ? `- ${l.replace(bullet, '')}` : l.length <= 50 && !/[.!?;,]$/.test(l) ? `\n## ${l}\n` : `\n${l}\n`)).join('\n');
    assertSame(md, `${f} as Markdown`);
  }
});

test('property: any mixture of Markdown lines reads as remark reads it', () => {
  const line = fc.oneof(
    fc.constantFrom('# H', '## Head ##', '#', '####### x', 'Setext', '===', '---', '***', '+++', 'title: x', '- a', '* b', '+ c', '1. one', '2) two', '  - nested', '    code', '```', '~~~'),
    fc.constantFrom('> quote', '>', '<div>', '</div>', '<!-- c -->', '[ref]: http://x', '[ref]', '**Bold**', '**Bold:** text', '__Under__', '**a** b', '*em*', '`code`', 'text line', '', '\t- tab', '| a | b |', 'a  ', '**x**\\'),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, bom) => {
      assertSame((bom ? '\uFEFF' : '') + lines.join(eol), 'generated');
    }),
    { numRuns: 1500 },
  );
});
