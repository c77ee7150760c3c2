/** YAML and JSON Lines renderings of the JSON contract (same data, other syntax). */
import { stringify } from 'yaml';
import type { PostingJson } from './json.ts';

/** A YAML sequence with one mapping per posting. */
export function renderYaml(postings: readonly PostingJson[]): string {
  return stringify(postings, { lineWidth: 0 });
}

/** Pretty-printed JSON array, one element per posting. */
export function renderJson(postings: readonly PostingJson[]): string {
  return JSON.stringify(postings, null, 2) + '\n';
}

/** One compact JSON object per line. */
export function renderJsonl(postings: readonly PostingJson[]): string {
  return postings.map((p) => JSON.stringify(p) + '\n').join('');
}
