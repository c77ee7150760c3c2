// A seed opens as a Job Posting: the status bar says so.
import assert from 'node:assert/strict';

export const title = 'a seed opens with "Job Posting" in the status bar';
export const docsImage = 'seed-open.png';

export default async function (wb) {
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  assert.equal(await wb.statusBarLanguage(), 'Job Posting');
}
