/**
 * Markdown report of postings: a heading per posting, the section tree as a nested list, a skills
 * table, the skills grouped by level and category with the line each was found in, and the requirements. Used by `--format markdown` and the extension's "Extract Skills".
 */
import type { JsonSection, PostingJson } from './json.ts';
import { evidenceOf, headline, LEVEL_ORDER, requirementLines, skillsByLevel } from './shared.ts';

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
  if (p.skills.length) out.push(...skillGroups(p));

  const reqs = requirementLines(p);
  if (reqs.length) {
    out.push('### Requirements', '');
    for (const [label, text] of reqs) out.push(`- **${label}**: ${escapeInline(text)}`);
    out.push('');
  }
  return out.join('\n');
}

const LEVEL_TITLES = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' } as const;

/** Skills by level, then category, each with its evidence: the item where it is first named. */
function skillGroups(p: PostingJson): string[] {
  const out: string[] = ['### Skills by level and category', ''];
  const byLevel = skillsByLevel(p.skills);
  for (const level of LEVEL_ORDER) {
    const skills = byLevel[level];
    if (!skills.length) continue;
    out.push(`#### ${LEVEL_TITLES[level]} · ${skills.length} skill${skills.length === 1 ? '' : 's'}`, '');
    const categories = [...new Set(skills.map((s) => s.category))].sort();
    for (const category of categories) {
      out.push(`**${escapeInline(category || 'other')}**`, '');
      for (const s of skills.filter((x) => x.category === category)) {
        // The mention that gives the skill its level is the evidence for it.
        const m = s.mentions.find((x) => x.level === s.level) ?? s.mentions[0];
        const evidence = m ? evidenceOf(p, m) : null;
        const quote = evidence ? `: “${escapeInline(around(evidence, m!.text))}”` : '';
        out.push(`- ${escapeInline(s.name)}${m ? ` — line ${m.line + 1}${quote}` : ''}`);
      }
      out.push('');
    }
  }
  return out;
}

/** At most ~140 characters of an item, cut around the term so the term stays visible. */
function around(text: string, term: string, width = 140): string {
  if (text.length <= width) return text;
  const word = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = (flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, flags).exec(text)?.index;
  const at = whole('u') ?? whole('iu') ?? 0;
  const start = Math.max(0, Math.min(at - Math.floor((width - term.length) / 2), text.length - width));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + width).trim()}${start + width < text.length ? '…' : ''}`;
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
