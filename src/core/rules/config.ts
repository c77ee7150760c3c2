import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { SECTION_KINDS, SEVERITIES, type GlossaryError, type SectionKind, type Severity } from '../types.ts';
import type { RuleMeta } from './rule.ts';

/** `.postinglens.yaml`, read the same way by the editor and the CLI. */
export interface LintConfig {
  rules: Record<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
  requiredSections: SectionKind[];
  glossaries: string[];
  ignore: string[];
}

export type ConfigError = GlossaryError;


export { CONFIG_FILE, WORKSPACE_GLOSSARY } from '../workspace-files.ts';
export const DEFAULT_REQUIRED_SECTIONS: SectionKind[] = ['responsibilities', 'requirements'];

/** The configuration with every rule at its default severity and options. */
export function defaultConfig(rules: RuleMeta[]): LintConfig {
  return {
    rules: Object.fromEntries(
      rules.map((r) => [r.id, { severity: r.defaultSeverity, options: Object.fromEntries(Object.entries(r.options).map(([k, o]) => [k, o.default])) }]),
    ),
    requiredSections: [...DEFAULT_REQUIRED_SECTIONS],
    glossaries: [],
    ignore: [],
  };
}

const SEVERITY_WORDS: Record<string, Severity | 'off'> = { ...Object.fromEntries(SEVERITIES.map((s) => [s, s])), off: 'off', warn: 'warning', information: 'info' };

/**
 * Parses `.postinglens.yaml` over the defaults. Never throws: problems come back as errors with the
 * file, 0-based line and column of the offending node, and what is valid is still applied.
 */
export function parseConfig(text: string, source: string, rules: RuleMeta[]): { config: LintConfig; errors: ConfigError[] } {
  const config = defaultConfig(rules);
  const errors: ConfigError[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, endOffset = offset, message: string) => {
    const a = counter.linePos(offset);
    const b = counter.linePos(endOffset);
    errors.push({ file: source, line: a.line - 1, column: a.col - 1, endLine: b.line - 1, endColumn: b.col - 1, message });
  };
  const fail = (node: YamlNode | null | undefined, message: string) => at(node?.range?.[0] ?? 0, node?.range?.[1] ?? 0, message);
  for (const e of doc.errors) at(e.pos[0], e.pos[1], `invalid YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length || doc.contents === null) return { config, errors };
  if (!isMap(doc.contents)) {
    fail(doc.contents, 'the configuration must be a mapping (rules:, requiredSections:, glossaries:, ignore:)');
    return { config, errors };
  }
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const pair of doc.contents.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (key === 'rules') {
      if (!isMap(value)) fail(value ?? pair.key, '"rules" must be a mapping of rule id to a severity or { severity, …options }');
      else for (const rp of value.items as Pair<YamlNode, YamlNode>[]) readRule(rp);
    } else if (key === 'requiredSections') {
      const kinds = strings(value, key);
      const bad = kinds.filter((k) => !(SECTION_KINDS as readonly string[]).includes(k));
      if (bad.length) fail(value, `unknown section kind ${bad.map((b) => `"${b}"`).join(', ')} in "requiredSections" (one of: ${SECTION_KINDS.join(', ')})`);
      else config.requiredSections = kinds as SectionKind[];
    } else if (key === 'glossaries' || key === 'ignore') {
      config[key] = strings(value, key);
    } else {
      fail(pair.key, `unknown setting "${key}" (expected rules, requiredSections, glossaries or ignore)`);
    }
  }
  return { config, errors };

  function strings(node: YamlNode | null, key: string): string[] {
    if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      fail(node, `"${key}" must be a list of strings`);
      return [];
    }
    return node.items.map((i) => String((i as { value: string }).value));
  }

  function readRule(pair: Pair<YamlNode, YamlNode>) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const meta = known.get(id);
    if (!meta) return fail(pair.key, `unknown rule "${id}"`);
    const target = config.rules[id]!;
    const severity = (node: YamlNode | null) => {
      const word = isScalar(node) ? SEVERITY_WORDS[String(node.value)] : undefined;
      if (!word) return fail(node, `rule "${id}": severity must be one of error, warning, info, hint, off`);
      target.severity = word;
    };
    if (isScalar(pair.value)) return severity(pair.value);
    if (!isMap(pair.value)) return fail(pair.value, `rule "${id}": expected a severity or a mapping`);
    for (const op of pair.value.items as Pair<YamlNode, YamlNode>[]) {
      const name = isScalar(op.key) ? String(op.key.value) : '';
      if (name === 'severity') {
        severity(op.value);
        continue;
      }
      const spec = meta.options[name];
      if (!spec) {
        const names = Object.keys(meta.options);
        fail(op.key, `rule "${id}" has no option "${name}"${names.length ? ` (options: severity, ${names.join(', ')})` : ' (only severity)'}`);
        continue;
      }
      const v = isScalar(op.value) ? op.value.value : isSeq(op.value) ? op.value.toJSON() : undefined;
      const ok = spec.type === 'number' ? typeof v === 'number' && v >= 0 : spec.type === 'boolean' ? typeof v === 'boolean' : Array.isArray(v) && v.every((x) => typeof x === 'string');
      if (!ok) fail(op.value, `rule "${id}": option "${name}" must be ${spec.type === 'string[]' ? 'a list of strings' : `a ${spec.type}`}`);
      else target.options[name] = v;
    }
  }
}
