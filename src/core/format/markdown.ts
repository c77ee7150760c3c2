/**
 * Markdown report of postings: a heading per posting, the section tree as a nested list, a skills
 * table and the requirements. Used by `--format markdown` and the extension's "Extract Skills".
 */
import type { JsonSection, PostingJson } from './json.ts';
import { headline, LEVEL_ORDER, requirementLines } from './shared.ts';

export function renderMarkdown(postings: readonly PostingJson[]): string {
  return postings.map(renderPostingMarkdown).join('\n');
}

export function renderPostingMarkdown(p: PostingJson): string {
  const out: string[] = [];
  out.push(`## ${escapeInline(headline(p) ?? p.id)}`, '');
  out.push(`Source: \`${p.id.replace(/`/g, "'")}\` · format: ${p.format}`, '');

  out.push('### Sections', '');
  if (p.sections.length) out.push(...sectionList(p.sections, 0));
  else out.push('_No sections found._');
  out.push('');

  out.push('### Skills', '');
  if (p.skills.length) {
    const skills = [...p.skills].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    out.push('| Skill | Level | Category | Kind | Mentions | First line |', '| --- | --- | --- | --- | ---: | ---: |');
    for (const s of skills) {
      const first = s.mentions[0] ? String(s.mentions[0].line + 1) : '';
      out.push(`| ${cell(s.name)} | ${s.level} | ${cell(s.category)} | ${s.kind} | ${s.mentions.length} | ${first} |`);
    }
  } else {
    out.push('_No skills found._');
  }
  out.push('');

  const reqs = requirementLines(p);
  if (reqs.length) {
    out.push('### Requirements', '');
    for (const [label, text] of reqs) out.push(`- **${label}**: ${escapeInline(text)}`);
    out.push('');
  }
  return out.join('\n');
}

function sectionList(sections: readonly JsonSection[], depth: number): string[] {
  const out: string[] = [];
  for (const s of sections) {
    const title = s.title.trim() ? escapeInline(s.title.trim()) : '_(preamble)_';
    const items = s.items.length ? `, ${s.items.length} item${s.items.length === 1 ? '' : 's'}` : '';
    out.push(`${'  '.repeat(depth)}- **${title}** — ${s.kind}${items} (line ${s.range.start.line + 1})`);
    out.push(...sectionList(s.children, depth + 1));
  }
  return out;
}

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|');
}

/** Escapes the characters that would start Markdown constructs inside running text. */
function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#])/g, '\\$1');
}
