import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configSearchPath, resolveConfig } from '../../src/core/rules/resolve.ts';

test('resolveConfig: null text gives the defaults and the default ignores', () => {
  const r = resolveConfig(null);
  assert.deepEqual(r.errors, []);
  assert.equal(r.config.rules['compensation-missing']?.severity, 'warning');
  assert.equal(r.isIgnored('README.md'), true);
  assert.equal(r.isIgnored('postings/backend.md'), false);
});

test('resolveConfig: severities, glossary paths relative to the file, ignore globs', () => {
  const r = resolveConfig('rules:\n  compensation-missing: error\nglossaries: [./glossary/team.yaml, shared\\terms.yaml]\nignore: [drafts/, "*.template.md"]\n', 'repo/.postinglens.yaml');
  assert.deepEqual(r.errors, []);
  assert.equal(r.config.rules['compensation-missing']?.severity, 'error');
  assert.deepEqual(r.glossaries, ['glossary/team.yaml', 'shared/terms.yaml']);
  assert.equal(r.isIgnored('drafts/wip.md'), true);
  assert.equal(r.isIgnored('postings/role.template.md'), true);
  assert.equal(r.isIgnored('./drafts/wip.md'), true);
  assert.equal(r.isIgnored('postings/backend.md'), false);
  assert.equal(r.isIgnored('../elsewhere/drafts/x.md'), false);
});

test('resolveConfig: errors keep the file and 0-based positions', () => {
  const r = resolveConfig('rules:\n  no-such-rule: warning\n', 'x/.postinglens.yaml');
  assert.deepEqual(r.errors, [{ file: 'x/.postinglens.yaml', line: 1, column: 2, endLine: 1, endColumn: 14, message: 'unknown rule "no-such-rule"' }]);
});

test('configSearchPath: the folder and each one above it up to the root', () => {
  assert.deepEqual(configSearchPath('/ws/a/b', '/ws'), ['/ws/a/b', '/ws/a', '/ws']);
  assert.deepEqual(configSearchPath('/ws/', '/ws'), ['/ws']);
  assert.deepEqual(configSearchPath('/a', '/'), ['/a', '/']);
  assert.deepEqual(configSearchPath('/other/x', '/ws'), ['/other/x']);
});
