/**
 * Output formats shared by the CLI and the extension. All pure: the JSON contract in, text out.
 */
export { POSTING_JSON_VERSION, toPostingJson } from './json.ts';
export type {
  JsonCompensation,
  JsonDegree,
  JsonEvidence,
  JsonExperience,
  JsonItem,
  JsonLanguage,
  JsonLocation,
  JsonMention,
  JsonRequirements,
  JsonSection,
  JsonSkill,
  PostingJson,
} from './json.ts';
export { renderJson, renderJsonl, renderYaml } from './yaml.ts';
export { CSV_COLUMNS, csvField, csvHeader, renderCsv, renderCsvRows } from './csv.ts';
export { renderMarkdown, renderPostingMarkdown } from './markdown.ts';
export { renderPostingTable, renderTable, renderTableSummary } from './table.ts';
export type { TableOptions, TableStyle } from './table.ts';
export { FORMATS, isFormat, renderPostings } from './render.ts';
export type { Format } from './render.ts';
