import { isEmptyDiff, type PostingDiff } from './diff.ts';

/** The diff as JSON for scripts: `{ from, to, changed, ...PostingDiff }` (the labels of both sides). */
export function renderDiffJson(d: PostingDiff, a: string, b: string): string {
  return JSON.stringify({ from: a, to: b, changed: !isEmptyDiff(d), ...d }, null, 2) + '\n';
}
