/**
 * `.postinglens.yaml` as both front ends use it: parsed over the defaults, its glossary paths and its
 * `ignore` globs (after the default ignores) relative to the file's folder. The CLI and the editor
 * find the file and read its bytes their own way (Node fs, vscode.workspace.fs), then call this.
 */
import { createIgnoreMatcher, DEFAULT_IGNORE } from '../review/ignore.ts';
import { CONFIG_FILE, defaultConfig, parseConfig, type ConfigError, type LintConfig } from './config.ts';
import { RULE_METAS } from './index.ts';
import type { RuleMeta } from './rule.ts';

export interface ResolvedConfig {
  config: LintConfig;
  /** Problems in the file, 0-based line/column; what is valid is still applied. */
  errors: ConfigError[];
  /** Glossary files, `/`-separated and relative to the configuration's folder (`./` dropped). */
  glossaries: string[];
  /** True for a `/`-separated path relative to the configuration's folder that is not a posting. */
  isIgnored(relativePath: string): boolean;
}

/** Resolves a configuration file's text; `null` text means "no file": the defaults and default ignores. */
export function resolveConfig(text: string | null, source: string = CONFIG_FILE): ResolvedConfig {
  const metas = RULE_METAS as RuleMeta[];
  const { config, errors } = text === null ? { config: defaultConfig(metas), errors: [] } : parseConfig(text, source, metas);
  const matches = createIgnoreMatcher([...DEFAULT_IGNORE, ...config.ignore]);
  return {
    config,
    errors,
    glossaries: config.glossaries.map((g) => g.replace(/\\/g, '/').replace(/^(\.\/)+/, '')),
    isIgnored: (relativePath) => {
      const rel = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
      return rel !== '' && !rel.startsWith('../') && matches(rel);
    },
  };
}

/**
 * The folders to look for `.postinglens.yaml` in, nearest first: the posting's folder and each folder
 * above it up to and including `root` (`/`-separated paths; `dir` must be inside `root`).
 */
export function configSearchPath(dir: string, root: string): string[] {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const top = trim(root);
  const out: string[] = [];
  for (let d = trim(dir); ; d = d.slice(0, Math.max(d.lastIndexOf('/'), 0)) || '/') {
    out.push(d);
    if (d === top || d === '/' || !d.startsWith(top)) break;
  }
  return out;
}
