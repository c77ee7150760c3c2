import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/run.ts';
import { fakeIo } from '../fixtures/cli/fake-io.ts';

// CI must know the terms the editor knows: `.postinglens/glossary.yaml` (where "Add to Workspace
// Glossary" writes) is read beside .postinglens.yaml, or in the working directory without one.
const POSTING = 'Platform Engineer\n\nWhat you will do\n- Run services\n\nRequirements\n- Experience with Go, Frobnicator, Java or Python\n';
const GLOSSARY = 'entries:\n  - id: frobnicator\n    name: Frobnicator\n    kind: tool\n    definition: Our in-house deployment tool that rolls services out region by region.\n';

async function unknownTerms(dir: string, cwd: string): Promise<string[]> {
  const f = fakeIo({ cwd });
  const code = await run(['check', '--format', 'json', '--include-hints', dir], f.io);
  assert.ok(code === 0 || code === 1, f.stderr());
  const out = JSON.parse(f.stdout()) as { files: { findings: { ruleId: string; message: string }[] }[] };
  return out.files.flatMap((x) => x.findings.filter((g) => g.ruleId === 'unknown-term').map((g) => g.message));
}

function repo(withConfig: boolean, withGlossary: boolean): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pl-wsg-'));
  writeFileSync(path.join(root, 'job.txt'), POSTING);
  if (withConfig) writeFileSync(path.join(root, '.postinglens.yaml'), 'rules:\n  gendered-wording: off\n');
  if (withGlossary) {
    mkdirSync(path.join(root, '.postinglens'));
    writeFileSync(path.join(root, '.postinglens/glossary.yaml'), GLOSSARY);
  }
  return root;
}

test('without a workspace glossary, the unknown term is reported', async () => {
  const root = repo(true, false);
  assert.deepEqual(await unknownTerms(root, root), ['"Frobnicator" looks like a technology but is not in the glossary: add it to the workspace glossary to get hovers and statistics.']);
});

test('the workspace glossary beside .postinglens.yaml is read, from any working directory', async () => {
  const root = repo(true, true);
  assert.deepEqual(await unknownTerms(root, root), []);
  assert.deepEqual(await unknownTerms(root, tmpdir()), []);
});

test('without a configuration file, the workspace glossary of the working directory is read', async () => {
  const root = repo(false, true);
  assert.deepEqual(await unknownTerms(root, root), []);
});
