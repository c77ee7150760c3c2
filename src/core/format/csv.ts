/**
 * CSV: one row per skill per posting (RFC 4180 quoting, `\n` line ends), for spreadsheets and
 * `csvkit`-style pipelines. A posting without skills still gets one row with empty skill columns,
 * so every input appears in the output.
 */
import type { JsonSkill, PostingJson } from './json.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'company',
  'skill_id',
  'skill',
  'category',
  'kind',
  'level',
  'mentions',
  'first_line',
  'min_years',
] as const;

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\n';
}

/** The rows of one posting, without the header. */
export function renderCsvRows(p: PostingJson): string {
  const base = [p.id, p.title ?? '', p.company ?? ''];
  const minYears = p.requirements.minYears === null ? '' : String(p.requirements.minYears);
  const row = (s: JsonSkill | null): string =>
    [
      ...base,
      s?.id ?? '',
      s?.name ?? '',
      s?.category ?? '',
      s?.kind ?? '',
      s?.level ?? '',
      s ? String(s.mentions.length) : '',
      s?.mentions[0] ? String(s.mentions[0].line + 1) : '',
      minYears,
    ]
      .map(csvField)
      .join(',') + '\n';
  return p.skills.length ? p.skills.map(row).join('') : row(null);
}

export function renderCsv(postings: readonly PostingJson[]): string {
  return csvHeader() + postings.map(renderCsvRows).join('');
}

/** Quotes a field when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
