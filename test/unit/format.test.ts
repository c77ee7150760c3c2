import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import * as format from '../../src/core/format/index.ts';
import { MINI_TEXT, miniAnalysis } from '../fixtures/cli/mini-analysis.ts';

const posting = () => format.toPostingJson(miniAnalysis(), MINI_TEXT, 'jobs/mini.txt');

/** RFC 4180 reader, enough for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

test('the format names', () => {
  assert.deepEqual(format.FORMATS, ['table', 'json', 'jsonl', 'yaml', 'markdown', 'csv']);
});

test('toPostingJson: ranges are 0-based line/character, mention offsets point into the text', () => {
  const p = posting();
  assert.equal(p.id, 'jobs/mini.txt');
  assert.equal(p.title, 'Senior Data Engineer');
  assert.equal(p.company, 'Acme Corp');
  assert.deepEqual(
    p.sections.map((s) => [s.title, s.kind, s.range.start.line, s.range.end.line]),
    [
      ['', 'about', 0, 1],
      ['Requirements', 'requirements', 3, 5],
      ['Nice to have', 'preferred', 6, 7],
    ],
  );
  assert.deepEqual(p.sections[1]!.items[0]!.range, { start: { line: 4, character: 2 }, end: { line: 4, character: 39 } });
  assert.equal(p.sections[2]!.items[0]!.bullet, '•');
  const go = p.skills.find((s) => s.id === 'go')!;
  assert.deepEqual(go.mentions, [{ start: MINI_TEXT.indexOf('Go ('), end: MINI_TEXT.indexOf('Go (') + 2, line: 7, character: 2, text: 'Go', level: 'preferred', section: 'Nice to have' }]);
  for (const s of p.skills) for (const m of s.mentions) assert.equal(MINI_TEXT.slice(m.start, m.end), m.text);
  assert.deepEqual(p.requirements.workMode, { start: MINI_TEXT.indexOf('Hybrid'), end: MINI_TEXT.indexOf('Hybrid') + 6, line: 1, character: 21, value: 'hybrid', text: 'Hybrid' });
  assert.equal(p.requirements.minYears, 5);
  assert.equal(p.requirements.experience[0]!.line, 4);
});

test('toPostingJson copies, never shares, arrays of the analysis', () => {
  const analysis = miniAnalysis();
  const p = format.toPostingJson(analysis, MINI_TEXT, 'x');
  p.requirements.experience[0]!.skillIds.push('mutated');
  assert.deepEqual(analysis.requirements.experience[0]!.skillIds, ['python']);
});

test('json and jsonl round-trip', () => {
  const p = posting();
  assert.deepEqual(JSON.parse(format.renderJson([p, p])), [p, p]);
  const lines = format.renderJsonl([p, p]).split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[2], '');
  assert.deepEqual(JSON.parse(lines[1]!), p);
  assert.equal(format.renderJson([]), '[]\n');
});

test('yaml parses back to the same data', () => {
  const p = posting();
  assert.deepEqual(parseYaml(format.renderYaml([p])), [p]);
});

test('csv: one row per skill, quoting of commas and quotes', () => {
  const rows = parseCsv(format.renderCsv([posting()]));
  assert.deepEqual(rows[0], [...format.CSV_COLUMNS]);
  assert.deepEqual(
    rows.slice(1).map((r) => [r[0], r[3], r[4], r[7], r[8], r[9], r[10]]),
    [
      ['jobs/mini.txt', 'python', 'Python', 'required', '1', '5', '5'],
      ['jobs/mini.txt', 'sql', 'SQL', 'required', '1', '5', '5'],
      ['jobs/mini.txt', 'kubernetes', 'Kubernetes', 'required', '1', '6', '5'],
      ['jobs/mini.txt', 'go', 'Go', 'preferred', '1', '8', '5'],
    ],
  );
  assert.equal(format.csvField('a,b'), '"a,b"');
  assert.equal(format.csvField('say "hi"'), '"say ""hi"""');
  assert.equal(format.csvField('two\nlines'), '"two\nlines"');
  assert.equal(format.csvField('plain'), 'plain');
});

test('csv: a posting without skills still has a row', () => {
  const p = { ...posting(), skills: [] };
  const rows = parseCsv(format.renderCsvRows(p));
  assert.deepEqual(rows, [['jobs/mini.txt', 'Senior Data Engineer', 'Acme Corp', '', '', '', '', '', '', '', '5']]);
});

test('markdown: heading, section list, skills table with escaped cells, requirements', () => {
  const p = posting();
  p.skills[0]!.category = 'a|b';
  const md = format.renderMarkdown([p]);
  const lines = md.split('\n');
  assert.equal(lines[0], '## Senior Data Engineer · Acme Corp');
  assert.ok(lines.includes('- **_(preamble)_** — about (line 1)'), md);
  assert.ok(lines.includes('- **Requirements** — requirements, 2 items (line 4)'), md);
  assert.ok(lines.includes('- **Nice to have** — preferred, 1 item (line 7)'), md);
  assert.ok(lines.includes('| Python | required | a\\|b | language | 1 | 5 |'), md);
  assert.ok(lines.includes('| Go | preferred | languages | language | 1 | 8 |'), md);
  assert.ok(lines.includes('- **experience**: 5+ years of Python (required)'), md);
  assert.ok(lines.includes('- **work mode**: hybrid'), md);
});

test('table: plain text, sections tree, skills by level, requirements', () => {
  const out = format.renderTable([posting()]);
  assert.doesNotMatch(out, /\x1b\[/);
  const lines = out.split('\n');
  assert.equal(lines[0], 'jobs/mini.txt');
  assert.equal(lines[1], '  Senior Data Engineer · Acme Corp  [text]');
  assert.ok(lines.some((l) => /^ {4}Requirements +requirements, 2 items · line 4$/.test(l)), out);
  assert.ok(lines.includes('    required   Python, SQL, Kubernetes'), out);
  assert.ok(lines.includes('    preferred  Go'), out);
  assert.ok(lines.some((l) => /^ {4}min years +5$/.test(l)), out);
  assert.ok(!lines.some((l) => l.startsWith('    mentioned')), out);
});

test('table: the style hook wraps every styled fragment', () => {
  const out = format.renderTable([posting()], { style: { level: (t, level) => `<${level}>${t.trim()}</>`, id: (t) => `[${t}]` } });
  assert.match(out, /^\[jobs\/mini\.txt\]/);
  assert.match(out, /<required>required<\/> Python, SQL, Kubernetes/);
});

test('table: long skill lists wrap at the width', () => {
  const p = posting();
  p.skills = Array.from({ length: 30 }, (_, i) => ({ ...p.skills[0]!, id: `s${i}`, name: `Skill${i}` }));
  const lines = format.renderTable([p], { width: 60 }).split('\n');
  const skillLines = lines.filter((l) => /Skill\d/.test(l));
  assert.ok(skillLines.length > 1);
  for (const l of skillLines) assert.ok(l.length <= 60, l);
});

test('table summary counts postings and skills per level', () => {
  assert.equal(format.renderTableSummary([posting(), posting()]), '2 postings · 8 skills (6 required, 2 preferred, 0 mentioned)\n');
});

test('renderPostings dispatches on the format name', () => {
  const p = posting();
  for (const f of format.FORMATS) assert.ok(format.renderPostings([p], f).length > 0, f);
  assert.equal(format.isFormat('csv'), true);
  assert.equal(format.isFormat('xml'), false);
});

test('requirements read as sentences: degree names, sponsorship', () => {
  const analysis = miniAnalysis();
  const span = { start: 0, end: 6 };
  analysis.requirements.degrees = [{ span, text: 'BS', degree: 'bachelor', fields: ['Computer Science'], equivalentExperience: true, level: 'required' }];
  analysis.requirements.workAuthorization = [{ span, text: 'No visa sponsorship.', value: { sponsorship: false } }];
  const md = format.renderMarkdown([format.toPostingJson(analysis, MINI_TEXT, 'x')]);
  assert.match(md, /^- \*\*degree\*\*: Bachelor's in Computer Science, or equivalent experience \(required\)$/m);
  assert.match(md, /^- \*\*work authorization\*\*: no sponsorship — No visa sponsorship\.$/m);
});
