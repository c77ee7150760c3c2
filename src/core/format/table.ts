/**
 * A readable plain-text summary of postings (the CLI's default `table` format). No colours here:
 * the renderer calls a {@link TableStyle} on every styled fragment, and the CLI passes one that adds
 * ANSI codes on a terminal. The default style returns text unchanged.
 */
import type { Level, SectionKind } from '../types.ts';
import type { PostingJson } from './json.ts';
import { clip, headline, LEVEL_ORDER, requirementLines, skillsByLevel, walkSections } from './shared.ts';

export interface TableStyle {
  /** The posting id (its path). */
  id(text: string): string;
  /** The posting's title/company line. */
  title(text: string): string;
  /** Block labels: "Sections", "Skills", "Requirements". */
  label(text: string): string;
  /** A section title, by kind (noise sections are usually dimmed). */
  section(text: string, kind: SectionKind): string;
  level(text: string, level: Level): string;
  /** Secondary text: kinds, counts, line numbers. */
  dim(text: string): string;
}

export interface TableOptions {
  style?: Partial<TableStyle>;
  /** Maximum line width for wrapped skill lists (default 100). */
  width?: number;
}

const plain = (text: string): string => text;
const PLAIN_STYLE: TableStyle = { id: plain, title: plain, label: plain, section: plain, level: plain, dim: plain };

/** Renders one block per posting, separated by blank lines, ending with a newline. */
export function renderTable(postings: readonly PostingJson[], options: TableOptions = {}): string {
  return postings.map((p) => renderPostingTable(p, options)).join('\n');
}

export function renderPostingTable(p: PostingJson, options: TableOptions = {}): string {
  const st: TableStyle = { ...PLAIN_STYLE, ...options.style };
  const width = Math.max(40, options.width ?? 100);
  const out: string[] = [];
  out.push(st.id(p.id));
  const head = headline(p);
  out.push('  ' + (head ? st.title(head) : st.dim('(no title or company stated)')) + st.dim(`  [${p.format}]`));

  out.push('', '  ' + st.label('Sections'));
  const rows = [...walkSections(p.sections)];
  if (!rows.length) out.push('    ' + st.dim('(none found)'));
  const titleWidth = Math.min(44, Math.max(0, ...rows.map(([s, d]) => 2 * d + displayTitle(s.title).length)));
  for (const [s, depth] of rows) {
    const indent = '  '.repeat(depth);
    const title = clip(displayTitle(s.title), 44 - indent.length);
    const pad = ' '.repeat(Math.max(1, titleWidth - indent.length - title.length + 2));
    const items = s.items.length ? `, ${s.items.length} item${s.items.length === 1 ? '' : 's'}` : '';
    const lines = `line ${s.range.start.line + 1}`;
    out.push(`    ${indent}${st.section(title, s.kind)}${pad}${st.dim(`${s.kind}${items} · ${lines}`)}`);
  }

  out.push('', '  ' + st.label('Skills'));
  const groups = skillsByLevel(p.skills);
  if (!p.skills.length) out.push('    ' + st.dim('(none found)'));
  for (const level of LEVEL_ORDER) {
    const names = groups[level].map((s) => s.name);
    if (!names.length) continue;
    const label = level.padEnd(10);
    const wrapped = wrap(names, width - 4 - 11);
    wrapped.forEach((line, i) => out.push(`    ${i === 0 ? st.level(label, level) : ' '.repeat(10)} ${line}`));
  }

  const reqs = requirementLines(p);
  if (reqs.length) {
    out.push('', '  ' + st.label('Requirements'));
    const labelWidth = Math.max(...reqs.map(([l]) => l.length));
    for (const [label, text] of reqs) out.push(`    ${st.dim(label.padEnd(labelWidth))}  ${clip(text, width - 6 - labelWidth)}`);
  }
  return out.join('\n') + '\n';
}

/** One line summing up a run: "5 postings · 87 skills (61 required, 20 preferred, 6 mentioned)". */
export function renderTableSummary(postings: readonly PostingJson[]): string {
  const counts: Record<Level, number> = { required: 0, preferred: 0, mentioned: 0 };
  for (const p of postings) for (const s of p.skills) counts[s.level]++;
  const total = counts.required + counts.preferred + counts.mentioned;
  const n = postings.length;
  return `${n} posting${n === 1 ? '' : 's'} · ${total} skill${total === 1 ? '' : 's'} (${counts.required} required, ${counts.preferred} preferred, ${counts.mentioned} mentioned)\n`;
}

function displayTitle(title: string): string {
  return title.trim() ? title.trim() : '(preamble)';
}

/** Joins names with ", " into lines no longer than `width` (a long name gets a line of its own). */
function wrap(names: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [i, name] of names.entries()) {
    const piece = name + (i < names.length - 1 ? ',' : '');
    if (line && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}
