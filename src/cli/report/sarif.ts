/**
 * SARIF 2.1.0 for code-scanning upload (github/codeql-action/upload-sarif). One run; the rules come
 * from the rule metadata (with their docs as helpUri); regions are 1-based with columns counted in
 * UTF-16 code units (`columnKind: "utf16CodeUnits"`, what the core's offsets are); `endColumn` is
 * exclusive, as SARIF defines it. Artifact URIs are relative to the repository root (`%SRCROOT%`).
 */
import type { LintConfig, RuleMeta } from '../../core/rules/index.ts';
import type { Severity } from '../../core/types.ts';
import type { FileResult, Located } from '../review-file.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/posting-lens/posting-lens';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifTool {
  version: string;
  rules: readonly RuleMeta[];
  config: LintConfig;
  /** The documentation page of a rule. */
  ruleUrl(id: string): string;
}

export interface SarifFile {
  result: FileResult;
  /** Path relative to the repository root, `/`-separated. */
  uri: string;
}

/** Percent-encodes a relative path for a URI reference, keeping `/`. */
export const toUriReference = (rel: string) => rel.split('/').map(encodeURIComponent).join('/');

const region = (l: Located) => ({
  startLine: l.line + 1,
  startColumn: l.character + 1,
  endLine: l.endLine + 1,
  endColumn: l.endCharacter + 1,
  charOffset: l.start,
  charLength: l.end - l.start,
});

export function renderSarif(files: readonly SarifFile[], tool: SarifTool): string {
  const index = new Map(tool.rules.map((r, i) => [r.id, i]));
  const rules = tool.rules.map((r) => {
    const severity = tool.config.rules[r.id]?.severity ?? r.defaultSeverity;
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.rationale.trim().replace(/\s+/g, ' ') },
      helpUri: tool.ruleUrl(r.id),
      help: { text: `${r.title} See ${tool.ruleUrl(r.id)}`, markdown: `${r.rationale.trim()}\n\n[Rule documentation](${tool.ruleUrl(r.id)})` },
      defaultConfiguration: severity === 'off' ? { enabled: false, level: 'none' as SarifLevel } : { level: LEVEL[severity] },
      properties: { tags: ['job-posting'], fixable: r.fixable },
    };
  });
  const artifactLocation = (uri: string) => ({ uri: toUriReference(uri), uriBaseId: '%SRCROOT%' });
  const results = files.flatMap(({ result, uri }) =>
    result.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(uri), region: region(f) } }],
      ...(f.fixes?.length
        ? {
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [{ artifactLocation: artifactLocation(uri), replacements: x.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })) }],
            })),
          }
        : {}),
      ...(f.data ? { properties: { data: f.data } } : {}),
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'posting-lens', version: tool.version, semanticVersion: tool.version, informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
