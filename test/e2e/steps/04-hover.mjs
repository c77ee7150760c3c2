// Hovering a term shows its glossary entry.
import assert from 'node:assert/strict';

export const title = 'hovering "Triton Inference Server" shows its definition';
export const docsImage = 'hover.png';

export default async function (wb) {
  await wb.openFile('seeds/000_f99fb1aa4bb66697.txt');
  await wb.revealText('Triton Inference Server');
  const text = await wb.hover('Triton');
  assert.match(text, /Triton Inference Server/);
  assert.match(text, /inference/i);
  assert.match(text, /Documentation/);
}
