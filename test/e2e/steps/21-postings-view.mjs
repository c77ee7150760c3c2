// The Postings view lists every posting of the workspace with its skill and problem counts.
import assert from 'node:assert/strict';
import { closePostingLens, expandPane, openPostingLens, pane } from '../posting-lens.mjs';

export const title = 'the Postings view lists the workspace postings with skill and problem counts';
export const docsImage = 'postings-view.png';

export default async function (wb) {
  await openPostingLens(wb);
  await expandPane(wb, 'Postings');
  const rows = pane(wb, 'Postings').locator('.monaco-list-row');
  await rows.filter({ hasText: '000_f99fb1aa4bb66697.txt' }).first().waitFor({ timeout: 30_000 });
  const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim());
  const seed = texts.find((t) => t.includes('002_cb59bd19a12584bd.txt'));
  assert.ok(seed, texts.join(' | '));
  assert.match(seed, /\d+ skills · \d+ problems/);
  await closePostingLens(wb);
}
