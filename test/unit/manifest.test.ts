import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = pkg.contributes;

test('every file the manifest contributes exists in the repository', () => {
  const files = [
    ...c.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
    ...c.grammars.map((g: { path: string }) => g.path),
    ...c.jsonValidation.map((v: { url: string }) => v.url),
    ...c.yamlValidation.map((v: { url: string }) => v.url),
  ];
  for (const f of files) assert.ok(existsSync(path.join(root, f)), `${f} is contributed but missing`);
});

test('the glossary and configuration schemas are offered for JSON and YAML files', () => {
  const urls = (list: { url: string }[]) => list.map((v) => v.url);
  for (const list of [c.jsonValidation, c.yamlValidation]) {
    assert.ok(urls(list).includes('./data/glossary.schema.json'));
    assert.ok(urls(list).includes('./schema/postinglens-config.schema.json'));
  }
  const yamlGlossary = c.yamlValidation.find((v: { url: string }) => v.url === './data/glossary.schema.json');
  assert.ok(yamlGlossary.fileMatch.includes('**/.postinglens/glossary.yaml'), 'the workspace glossary gets completion and validation');
});

test('every command has the category "Posting Lens"; every setting a scope and a Markdown description', () => {
  for (const cmd of c.commands) assert.equal(cmd.category, 'Posting Lens', cmd.command);
  const sections = Array.isArray(c.configuration) ? c.configuration : [c.configuration];
  for (const s of sections) {
    for (const [key, setting] of Object.entries<{ scope?: string; markdownDescription?: string }>(s.properties)) {
      assert.ok(setting.scope, `${key} has no scope`);
      assert.ok(setting.markdownDescription, `${key} has no markdownDescription`);
    }
  }
});
