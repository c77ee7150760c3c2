/**
 * Reporters: how results reach the output, one posting at a time. Streaming formats (table, jsonl,
 * csv, markdown) write each posting as soon as it is analysed; whole-document formats (json, yaml)
 * collect and write at the end.
 */
import {
  csvHeader,
  renderCsvRows,
  renderJson,
  renderPostingMarkdown,
  renderPostingTable,
  renderTableSummary,
  renderYaml,
  type Format,
  type PostingJson,
  type TableOptions,
} from '../core/format/index.ts';

export interface Reporter {
  /** Text to write for this posting now ('' when the reporter collects). */
  posting(p: PostingJson): string;
  /** Text to write at the end. */
  end(): string;
}

export function createReporter(format: Format, table: TableOptions = {}): Reporter {
  const all: PostingJson[] = [];
  let count = 0;
  switch (format) {
    case 'table':
      return {
        posting: (p) => {
          all.push(p);
          return (count++ ? '\n' : '') + renderPostingTable(p, table);
        },
        end: () => (all.length > 1 ? '\n' + renderTableSummary(all) : ''),
      };
    case 'markdown':
      return { posting: (p) => (count++ ? '\n' : '') + renderPostingMarkdown(p), end: () => '' };
    case 'jsonl':
      return { posting: (p) => JSON.stringify(p) + '\n', end: () => '' };
    case 'csv':
      return { posting: (p) => (count++ ? '' : csvHeader()) + renderCsvRows(p), end: () => (count ? '' : csvHeader()) };
    case 'json':
    case 'yaml':
      return {
        posting: (p) => {
          all.push(p);
          return '';
        },
        end: () => (format === 'json' ? renderJson(all) : all.length ? renderYaml(all) : '[]\n'),
      };
  }
}
