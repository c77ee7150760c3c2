/** One entry point over every format, for callers that take the format name from a setting or flag. */
import { renderCsv } from './csv.ts';
import type { PostingJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderTable, type TableOptions } from './table.ts';
import { renderJson, renderJsonl, renderYaml } from './yaml.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'yaml', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function renderPostings(postings: readonly PostingJson[], format: Format, options: TableOptions = {}): string {
  switch (format) {
    case 'table':
      return renderTable(postings, options);
    case 'json':
      return renderJson(postings);
    case 'jsonl':
      return renderJsonl(postings);
    case 'yaml':
      return renderYaml(postings);
    case 'markdown':
      return renderMarkdown(postings);
    case 'csv':
      return renderCsv(postings);
  }
}
