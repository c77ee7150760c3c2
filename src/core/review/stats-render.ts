/**
 * Renderers for the repository-wide skill statistics (`posting-lens stats`): an aligned table for
 * people, CSV for spreadsheets (one of skills or of pairs), JSON for scripts.
 */
import { csvField } from '../format/csv.ts';
import { plural } from '../format/shared.ts';
import type { RepoStats } from './stats.ts';

export const STATS_CSV_COLUMNS = ['skill_id', 'skill', 'category', 'postings', 'required', 'preferred', 'mentioned'] as const;
export const PAIRS_CSV_COLUMNS = ['skill_a', 'skill_b', 'postings'] as const;


function table(rows: string[][], rightFrom: number): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows
    .map((r) => r.map((cell, c) => (c >= rightFrom ? cell.padStart(widths[c]!) : c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd() + '\n')
    .join('');
}

/** Display names by id, for the pair lines. */
const namesOf = (stats: RepoStats) => new Map(stats.skills.map((s) => [s.id, s.name]));

export function renderStatsTable(stats: RepoStats, limit = Infinity): string {
  if (!stats.skills.length) return `No skills found in ${plural(stats.postings, 'posting')}.\n`;
  const shown = stats.skills.slice(0, limit);
  let out = `Skills across ${plural(stats.postings, 'posting')} (${plural(stats.skills.length, 'skill')})\n\n`;
  out += table([['Skill', 'Category', 'Postings', 'Required', 'Preferred', 'Mentioned'], ...shown.map((s) => [s.name, s.category, ...[s.postings, s.required, s.preferred, s.mentioned].map(String)])], 2);
  if (shown.length < stats.skills.length) out += `… and ${plural(stats.skills.length - shown.length, 'more skill')} (--limit)\n`;
  if (stats.pairs.length) {
    const names = namesOf(stats);
    out += `\nSkills most often asked for together (required or preferred in the same posting)\n\n`;
    out += table([['Pair', 'Postings'], ...stats.pairs.map((p) => [`${names.get(p.a) ?? p.a} + ${names.get(p.b) ?? p.b}`, String(p.count)])], 1);
  }
  return out;
}

export function renderStatsCsv(stats: RepoStats, what: 'skills' | 'pairs' = 'skills'): string {
  if (what === 'pairs') {
    const names = namesOf(stats);
    return [PAIRS_CSV_COLUMNS.join(','), ...stats.pairs.map((p) => [names.get(p.a) ?? p.a, names.get(p.b) ?? p.b, String(p.count)].map(csvField).join(','))].join('\n') + '\n';
  }
  const rows = stats.skills.map((s) => [s.id, s.name, s.category, ...[s.postings, s.required, s.preferred, s.mentioned].map(String)].map(csvField).join(','));
  return [STATS_CSV_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** `{ postings, skills: [{ id, name, category, postings, required, preferred, mentioned }], pairs: [{ a, b, names, count }] }`. */
export function renderStatsJson(stats: RepoStats): string {
  const names = namesOf(stats);
  const pairs = stats.pairs.map((p) => ({ a: p.a, b: p.b, names: [names.get(p.a) ?? p.a, names.get(p.b) ?? p.b], count: p.count }));
  const skills = stats.skills.map((s) => ({ id: s.id, name: s.name, category: s.category, postings: s.postings, required: s.required, preferred: s.preferred, mentioned: s.mentioned }));
  return JSON.stringify({ postings: stats.postings, skills, pairs }, null, 2) + '\n';
}
