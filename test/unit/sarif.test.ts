import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { RULE_METAS } from '../../src/core/rules/index.ts';
import { run } from '../../src/cli/run.ts';
import { toUriReference } from '../../src/cli/report/sarif.ts';
import { fakeIo, REPO_ROOT } from '../fixtures/cli/fake-io.ts';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/review');

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; fullDescription: { text: string }; defaultConfiguration: { level: string; enabled?: boolean } }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region } }[];
      fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

function validator() {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema; // draft-04 meta-schema; the keywords used are the same in draft-07
  delete schema.id;
  // unicodeRegExp: false — the schema's `language` pattern has a stray `]` that only non-unicode RegExps accept.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(schema);
}

async function sarif(argv: string[], env: Record<string, string> = {}) {
  const f = fakeIo({ cwd: FIXTURE, env: { SOURCE_DATE_EPOCH: '1780000000', ...env } });
  const code = await run(['check', '--format', 'sarif', ...argv], f.io);
  return { code, log: JSON.parse(f.stdout()) as SarifLog, stderr: f.stderr() };
}

test('check --format sarif is valid SARIF 2.1.0 (official schema)', async () => {
  const validate = validator();
  for (const argv of [[], ['--include-hints'], ['postings/backend-engineer.md']]) {
    const { log, stderr } = await sarif(argv);
    assert.equal(stderr, '');
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  }
  // The validator is not vacuous: a broken log fails.
  const { log } = await sarif([]);
  (log.runs[0]!.results[0] as { level: string }).level = 'fatal';
  assert.equal(validate(log), false);
});

test('SARIF: the driver lists every rule with its docs, the configured default levels, UTF-16 columns', async () => {
  const { log, code } = await sarif([]);
  assert.equal(code, 1);
  const runLog = log.runs[0]!;
  assert.equal(log.version, '2.1.0');
  assert.equal(runLog.columnKind, 'utf16CodeUnits');
  const driver = runLog.tool.driver;
  assert.equal(driver.name, 'posting-lens');
  assert.deepEqual(driver.rules.map((r) => r.id), RULE_METAS.map((m) => m.id));
  const rule = (id: string) => driver.rules.find((r) => r.id === id)!;
  assert.equal(rule('wall-of-text').helpUri, 'https://github.com/posting-lens/posting-lens/blob/main/docs/rules/wall-of-text.md');
  assert.ok(rule('wall-of-text').fullDescription.text.length > 20);
  // .postinglens.yaml raises compensation-missing to error and lowers gendered-wording to hint (note).
  assert.deepEqual(rule('compensation-missing').defaultConfiguration, { level: 'error' });
  assert.deepEqual(rule('gendered-wording').defaultConfiguration, { level: 'note' });
  assert.deepEqual(rule('unknown-term').defaultConfiguration, { level: 'note' });
  for (const r of runLog.results) assert.equal(driver.rules[r.ruleIndex]!.id, r.ruleId);
});

test('SARIF results: levels, repository-relative URIs, 1-based regions with exclusive end columns, fixes', async () => {
  // In GitHub Actions the SARIF output stays pure JSON (annotations go with stylish only).
  const { log } = await sarif([], { GITHUB_WORKSPACE: REPO_ROOT, GITHUB_ACTIONS: 'true' });
  const results = log.runs[0]!.results;
  assert.equal(results.length, 15);
  assert.deepEqual([...new Set(results.map((r) => r.level))].sort(), ['error', 'note', 'warning']);
  const years = results.find((r) => r.ruleId === 'years-exceed-technology-age')!;
  assert.equal(years.level, 'error');
  const loc = years.locations[0]!.physicalLocation;
  assert.deepEqual(loc.artifactLocation, { uri: 'test/fixtures/review/postings/data-engineer.md', uriBaseId: '%SRCROOT%' });
  const text = readFileSync(path.join(FIXTURE, 'postings/data-engineer.md'), 'utf8');
  const line = text.split('\n')[loc.region.startLine - 1]!;
  assert.equal(line.slice(loc.region.startColumn - 1, loc.region.endColumn - 1), text.slice(loc.region.charOffset, loc.region.charOffset + loc.region.charLength));
  assert.equal(line.slice(loc.region.startColumn - 1, loc.region.endColumn - 1), '15+ years of experience with Kubernetes');
  assert.equal(results.find((r) => r.ruleId === 'unknown-term')!.level, 'note');

  // Mojibake fixes: one replacement of the garbled character, columns counted in UTF-16 code units.
  const fixed = results.filter((r) => r.fixes?.[0]?.description.text.startsWith('Replace'));
  assert.equal(fixed.length, 3);
  const rep = fixed[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
  assert.deepEqual(rep.insertedContent, { text: '·' });
  assert.deepEqual([rep.deletedRegion.startLine, rep.deletedRegion.startColumn, rep.deletedRegion.endColumn], [4, 11, 12]);
});

test('SARIF: hints only with --include-hints (as note); a clean run has an empty result list', async () => {
  const { log } = await sarif(['postings/search-engineer.md', '--include-hints']);
  const hints = log.runs[0]!.results.filter((r) => r.ruleId === 'gendered-wording');
  assert.equal(hints.length, 5);
  assert.ok(hints.every((r) => r.level === 'note'));
  const clean = await sarif(['postings/backend-engineer.md']);
  assert.equal(clean.code, 0);
  assert.deepEqual(clean.log.runs[0]!.results, []);
});

test('artifact URIs are percent-encoded path references', () => {
  assert.equal(toUriReference('jobs/Data Engineer #2.md'), 'jobs/Data%20Engineer%20%232.md');
  assert.equal(toUriReference('jobs/ü.md'), 'jobs/%C3%BC.md');
});
