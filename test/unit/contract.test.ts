import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import * as format from '../../src/core/format/index.ts';
import type { JsonSection, PostingJson } from '../../src/core/format/index.ts';
import { createLineIndex } from '../../src/core/lines.ts';
import { run } from '../../src/cli/run.ts';
import { fakeIo, REPO_ROOT } from '../fixtures/cli/fake-io.ts';
import { MINI_TEXT, miniAnalysis } from '../fixtures/cli/mini-analysis.ts';

const schemaPath = path.join(REPO_ROOT, 'schema/posting-result.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown> & { required: string[] };
const seeds = readdirSync(path.join(REPO_ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);

let validate: ValidateFunction;
let outputs: PostingJson[];

before(async () => {
  validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const f = fakeIo();
  const code = await run(['extract', ...seeds, '--format', 'json'], f.io);
  assert.equal(code, 0, f.stderr());
  outputs = JSON.parse(f.stdout()) as PostingJson[];
});

test('public exports of src/core/format', () => {
  assert.deepEqual(Object.keys(format).sort(), [
    'CSV_COLUMNS',
    'FORMATS',
    'POSTING_JSON_VERSION',
    'csvField',
    'csvHeader',
    'isFormat',
    'renderCsv',
    'renderCsvRows',
    'renderJson',
    'renderJsonl',
    'renderMarkdown',
    'renderPostingMarkdown',
    'renderPostingTable',
    'renderPostings',
    'renderTable',
    'renderTableSummary',
    'renderYaml',
    'toPostingJson',
  ]);
  assert.equal(format.POSTING_JSON_VERSION, 1);
});

test('the schema is shipped in the package and pins the top-level fields', () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
  assert.ok(pkg.files.includes('schema'));
  assert.deepEqual(schema.required, ['id', 'title', 'company', 'format', 'sections', 'skills', 'requirements']);
  assert.equal(schema.additionalProperties, false);
});

test('the schema validates the real output of all five seeds', () => {
  assert.deepEqual(outputs.map((p) => p.id), seeds);
  for (const p of outputs) assert.ok(validate(p), `${p.id}: ${JSON.stringify(validate.errors, null, 2)}`);
});

test('the schema validates the hand-checked fixture', () => {
  const p = format.toPostingJson(miniAnalysis(), MINI_TEXT, 'mini.txt');
  assert.ok(validate(p), JSON.stringify(validate.errors));
});

test('the schema rejects drift: unknown fields, wrong levels, 1-based junk', () => {
  const p = format.toPostingJson(miniAnalysis(), MINI_TEXT, 'mini.txt');
  const bad = (mutate: (q: PostingJson & Record<string, unknown>) => void) => {
    const q = structuredClone(p) as PostingJson & Record<string, unknown>;
    mutate(q);
    return validate(q);
  };
  assert.equal(bad((q) => (q.extra = 1)), false);
  assert.equal(bad((q) => ((q.skills[0] as unknown as Record<string, unknown>).level = 'must')), false);
  assert.equal(bad((q) => (q.skills[0]!.mentions[0]!.line = -1)), false);
  assert.equal(bad((q) => (q.sections[0]!.range.start.character = 0.5)), false);
  assert.equal(bad((q) => (q.skills[0]!.mentions = [])), false);
  assert.equal(bad((q) => ((q.requirements as unknown as Record<string, unknown>).minYears = '5')), false);
});

test('positions in the seeds\' output agree with the text: offsets, lines, characters, nesting', () => {
  for (const p of outputs) {
    const text = readFileSync(path.join(REPO_ROOT, p.id), 'utf8');
    const lines = createLineIndex(text);
    const at = (offset: number) => lines.positionAt(offset);
    for (const s of p.skills) {
      for (const m of s.mentions) {
        assert.ok(m.start < m.end && m.end <= text.length, `${p.id} ${s.id}`);
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.deepEqual({ line: m.line, character: m.character }, at(m.start));
      }
    }
    const inside = (outer: JsonSection['range'], inner: JsonSection['range']) =>
      lines.offsetAt(outer.start) <= lines.offsetAt(inner.start) && lines.offsetAt(inner.end) <= lines.offsetAt(outer.end);
    const check = (sections: readonly JsonSection[], parent: JsonSection | null) => {
      for (const s of sections) {
        assert.ok(lines.offsetAt(s.range.start) <= lines.offsetAt(s.range.end), `${p.id} ${s.title}`);
        if (parent) assert.ok(inside(parent.range, s.range), `${p.id}: ${s.title} inside ${parent.title}`);
        for (const item of s.items) assert.ok(inside(s.range, item.range), `${p.id}: item "${item.text}" inside ${s.title}`);
        check(s.children, s);
      }
    };
    check(p.sections, null);
    const r = p.requirements;
    for (const e of [...r.experience, ...r.degrees, ...r.languages, ...r.locations, ...r.workAuthorization, ...r.compensation]) {
      assert.ok(e.start <= e.end && e.end <= text.length, p.id);
      assert.deepEqual({ line: e.line, character: e.character }, at(e.start));
    }
  }
});
