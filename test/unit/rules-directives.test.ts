import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLineIndex } from '../../src/core/lines.ts';
import { applyDirectives, parseDirectives } from '../../src/core/rules/directives.ts';
import type { Finding } from '../../src/core/types.ts';

const finding = (ruleId: string, start: number): Finding => ({ ruleId, severity: 'warning', message: 'm', range: { start, end: start + 1 }, url: 'u' });
const at = (text: string, needle: string) => text.indexOf(needle);

test('directives are parsed with their rules and lines', () => {
  const text = 'a\n<!-- posting-lens-disable duplicate-item, wall-of-text -->\n<!-- posting-lens-enable -->\n<!--posting-lens-disable-next-line-->';
  assert.deepEqual(parseDirectives(text, createLineIndex(text)), [
    { kind: 'disable', rules: ['duplicate-item', 'wall-of-text'], line: 1 },
    { kind: 'enable', rules: null, line: 2 },
    { kind: 'disable-next-line', rules: null, line: 3 },
  ]);
});

test('disable-next-line silences only the named rule on only the next line', () => {
  const text = 'x\n<!-- posting-lens-disable-next-line duplicate-item -->\nDUP OTHER\nDUP';
  const fs = [finding('duplicate-item', at(text, 'DUP')), finding('wall-of-text', at(text, 'OTHER')), finding('duplicate-item', text.lastIndexOf('DUP'))];
  assert.deepEqual(
    applyDirectives(fs, text, createLineIndex(text)).map((f) => [f.ruleId, f.range.start]),
    [
      ['wall-of-text', at(text, 'OTHER')],
      ['duplicate-item', text.lastIndexOf('DUP')],
    ],
  );
});

test('disable … enable brackets a region; disable-line covers its own line', () => {
  const text = 'A\n<!-- posting-lens-disable -->\nB\n<!-- posting-lens-enable -->\nC <!-- posting-lens-disable-line scrape-noise -->\nD';
  const fs = ['A', 'B', 'C', 'D'].map((s) => finding('scrape-noise', at(text, s)));
  assert.deepEqual(
    applyDirectives(fs, text, createLineIndex(text)).map((f) => text[f.range.start]),
    ['A', 'D'],
  );
});
