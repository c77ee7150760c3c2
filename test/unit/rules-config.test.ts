import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULE_METAS, defaultConfig, parseConfig } from '../../src/core/rules/index.ts';
import type { RuleMeta } from '../../src/core/rules/index.ts';

const metas = RULE_METAS as RuleMeta[];
const parse = (text: string) => parseConfig(text, '.postinglens.yaml', metas);

test('rule ids are exactly the documented ones', () => {
  assert.deepEqual(
    metas.map((r) => r.id),
    ['missing-section', 'compensation-missing', 'years-exceed-technology-age', 'too-many-requirements', 'degree-without-equivalent', 'gendered-wording', 'conflicting-level', 'duplicate-item', 'inconsistent-term', 'unknown-term', 'scrape-noise', 'wall-of-text'],
  );
});

test('defaults: every rule at its default severity, default required sections', () => {
  const c = defaultConfig(metas);
  assert.equal(c.rules['years-exceed-technology-age']!.severity, 'error');
  assert.equal(c.rules['too-many-requirements']!.options.max, 15);
  assert.deepEqual(c.requiredSections, ['responsibilities', 'requirements']);
});

test('severities, options, sections, glossaries and ignore are read', () => {
  const { config, errors } = parse(
    ['rules:', '  gendered-wording: off', '  compensation-missing: error', '  too-many-requirements:', '    severity: warn', '    max: 8', 'requiredSections: [responsibilities, requirements, compensation]', 'glossaries: [.postinglens/glossary.yaml]', 'ignore: ["drafts/**"]'].join('\n'),
  );
  assert.deepEqual(errors, []);
  assert.equal(config.rules['gendered-wording']!.severity, 'off');
  assert.equal(config.rules['compensation-missing']!.severity, 'error');
  assert.equal(config.rules['too-many-requirements']!.severity, 'warning');
  assert.equal(config.rules['too-many-requirements']!.options.max, 8);
  assert.deepEqual(config.requiredSections, ['responsibilities', 'requirements', 'compensation']);
  assert.deepEqual(config.glossaries, ['.postinglens/glossary.yaml']);
  assert.deepEqual(config.ignore, ['drafts/**']);
});

test('errors name the exact line and column and keep the valid settings', () => {
  const { config, errors } = parse(['rules:', '  no-such-rule: error', '  wall-of-text:', '    maxChars: lots', '  duplicate-item: loud', 'requiredSections: [perks]', 'colour: blue', '  '].join('\n'));
  assert.deepEqual(
    errors.map((e) => [e.line, e.column, e.message]),
    [
      [1, 2, 'unknown rule "no-such-rule"'],
      [3, 14, 'rule "wall-of-text": option "maxChars" must be a number'],
      [4, 18, 'rule "duplicate-item": severity must be one of error, warning, info, hint, off'],
      [5, 18, 'unknown section kind "perks" in "requiredSections" (one of: about, company, team, responsibilities, requirements, preferred, skills, benefits, compensation, process, legal, noise, other)'],
      [6, 0, 'unknown setting "colour" (expected rules, requiredSections, glossaries or ignore)'],
    ],
  );
  assert.ok(errors.every((e) => e.file === '.postinglens.yaml'));
  assert.equal(config.rules['wall-of-text']!.options.maxChars, 1000, 'the bad option keeps its default');
  assert.deepEqual(config.requiredSections, ['responsibilities', 'requirements']);
});

test('an unknown option lists the options the rule has', () => {
  const { errors } = parse('rules:\n  too-many-requirements:\n    maximum: 3\n');
  assert.equal(errors[0]!.message, 'rule "too-many-requirements" has no option "maximum" (options: severity, max)');
  assert.deepEqual([errors[0]!.line, errors[0]!.column], [2, 4]);
});

test('broken YAML is an error with a position, never an exception', () => {
  const { config, errors } = parse('rules:\n  gendered-wording: [off\n');
  assert.equal(errors.length > 0, true);
  assert.match(errors[0]!.message, /^invalid YAML: /);
  assert.equal(errors[0]!.line, 2);
  assert.equal(config.rules['gendered-wording']!.severity, 'info', 'defaults stay in force');
});

test('a configuration that is not a mapping, or empty, is handled', () => {
  assert.equal(parse('- a\n- b\n').errors[0]!.message, 'the configuration must be a mapping (rules:, requiredSections:, glossaries:, ignore:)');
  assert.deepEqual(parse('').errors, []);
  assert.deepEqual(parse('# only a comment\n').errors, []);
});
