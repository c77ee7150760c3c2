import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as normalize from '../../src/core/normalize.ts';
import { detectBullet, isBlank, repairMojibake, splitLines, toDisplayText, toScanText, trimSpan } from '../../src/core/normalize.ts';

test('public exports', () => {
  assert.deepEqual(Object.keys(normalize).sort(), ['decodeEntities', 'detectBullet', 'isBlank', 'repairMojibake', 'splitLines', 'splitParagraphs', 'toDisplayText', 'toScanText', 'trimSpan', 'unquoteEmail', 'untagHtml']);
});

test('repairMojibake: UTF-8 read as Windows-1252', () => {
  assert.equal(repairMojibake('â€¢ Python'), '• Python');
  assert.equal(repairMojibake('Tinderâ€™s ecosystem'), 'Tinder’s ecosystem');
  assert.equal(repairMojibake('product â€” from'), 'product — from');
  assert.equal(repairMojibake('2â€“3 years'), '2–3 years');
  assert.equal(repairMojibake('CafÃ© rÃ©sumÃ©'), 'Café résumé');
  assert.equal(repairMojibake('â€œquotedâ€\u009d'), '“quoted”');
  assert.equal(repairMojibake('Fintech Â· San Francisco'), 'Fintech · San Francisco');
  assert.equal(repairMojibake('naÃ¯ve Ã¼ber'), 'naïve über');
  assert.equal(repairMojibake('emoji ðŸš€ launch'), 'emoji 🚀 launch');
});

test('repairMojibake: 路 as a separator between non-CJK words', () => {
  assert.equal(repairMojibake('Singapore 路 Reposted 17 hours ago 路 20 applicants'), 'Singapore · Reposted 17 hours ago · 20 applicants');
  assert.equal(repairMojibake('路 item'), '· item');
  // Real Chinese text keeps its 路 ("road").
  assert.equal(repairMojibake('中山路 1 号'), '中山路 1 号');
  assert.equal(repairMojibake('上海 路 北京'), '上海 路 北京');
});

test('repairMojibake: clean text is returned unchanged', () => {
  for (const s of ['', 'plain ASCII', 'Café résumé — “quotes” • bullets', 'Ã alone', 'Â', '한국어 텍스트', 'Ã x', 'â€']) {
    assert.equal(repairMojibake(s), s);
  }
});

test('detectBullet: every kind of marker', () => {
  const cases: [string, string, number][] = [
    ['- item', '-', 2],
    ['-Legal Entity: Hyperconnect', '-', 1],
    ['* item', '*', 2],
    ['+ item', '+', 2],
    ['• item', '•', 2],
    ['•item', '•', 1],
    ['· item', '·', 2],
    ['▪ item', '▪', 2],
    ['– item', '–', 2],
    ['— item', '—', 2],
    ['‣ item', '‣', 2],
    ['◦ item', '◦', 2],
    ['o item', 'o', 2],
    ['1. item', '1.', 3],
    ['12) item', '12)', 4],
    ['1.Design', '1.', 2],
    ['(a) item', '(a)', 4],
    ['(iv) item', '(iv)', 5],
    ['(3) item', '(3)', 4],
    ['a. item', 'a.', 3],
    ['b) item', 'b)', 3],
    ['ii. item', 'ii.', 4],
    ['A) item', 'A)', 3],
    ['  â€¢ item', 'â€¢', 6],
    ['Â· item', 'Â·', 3],
    ['路 item', '路', 2],
    ['\t\u00a0- item', '-', 4],
    ['✓ done', '✓', 2],
    ['・Goによる開発', '・', 1],
    ['→ Keep it healthy', '→', 2],
    ['🔹 item', '🔹', 3],
  ];
  for (const [line, marker, contentStart] of cases) {
    assert.deepEqual(detectBullet(line), { marker, contentStart }, line);
  }
});

test('detectBullet: not bullets', () => {
  for (const line of ['', '   ', 'Python', '-5% churn', '--', '---', '**bold**', '2025 Start', '1.5 years', 'e.g. this', 'i.e. that', 'o', '- ', '•', 'on-site', 'C++', '#tinder', '路上', '–5', 'oil']) {
    assert.equal(detectBullet(line), null, JSON.stringify(line));
  }
});

test('toScanText keeps the length and blanks invisible characters', () => {
  const text = '\uFEFFHello\u00A0world\u200B\tx 路 y\r\n';
  const scan = toScanText(text);
  assert.equal(scan.length, text.length);
  assert.equal(scan, ' Hello world  x · y\r\n');
});

test('splitLines: LF, CRLF and lone CR', () => {
  assert.deepEqual(splitLines('a\nbb\r\nc\rd'), [
    { start: 0, end: 1 },
    { start: 2, end: 4 },
    { start: 6, end: 7 },
    { start: 8, end: 9 },
  ]);
  assert.deepEqual(splitLines(''), [{ start: 0, end: 0 }]);
  assert.deepEqual(splitLines('x\n'), [
    { start: 0, end: 1 },
    { start: 2, end: 2 },
  ]);
});

test('trimSpan, isBlank and toDisplayText', () => {
  assert.deepEqual(trimSpan('  \u00a0ab c\u200b\t ', 0, 10), { start: 3, end: 7 });
  assert.deepEqual(trimSpan('   ', 0, 3), { start: 3, end: 3 });
  assert.equal(isBlank(' \u00a0\u200b\t\r\n'), true);
  assert.equal(isBlank(' x '), false);
  assert.equal(toDisplayText('  Tinderâ€™s\u00a0 ML\u200b\n team  '), 'Tinder’s ML team');
  assert.equal(toDisplayText('R&amp;D &lt;team&gt; &nbsp;&mdash; it&#39;s &unknown; AT&T'), 'R&D <team> — it\'s &unknown; AT&T');
});

test('splitParagraphs: runs of lines between blank lines, line breaks of every kind', () => {
  const spans = (t: string) => normalize.splitParagraphs(t).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(spans('a\nb\n\nc'), ['a\nb', 'c']);
  assert.deepEqual(spans('\n \t\n a \r\n\r\nb\rc\r\r\r'), [' a ', 'b\rc']);
  assert.deepEqual(spans(''), []);
  assert.deepEqual(spans('  \n\t\n'), []);
  // A line of NBSPs is not blank (only ASCII blanks part paragraphs).
  assert.deepEqual(spans('a\n\u00a0\nb'), ['a\n\u00a0\nb']);
});
