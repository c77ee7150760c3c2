/**
 * The `ignore` globs of `.postinglens.yaml`, matched the same way by the CLI and the editor.
 * Patterns are relative to the folder of the configuration file and read like `.gitignore` lines:
 *   `drafts/`          the folder `drafts` at any depth (and everything under it)
 *   `*.draft.md`       a name without a `/` matches at any depth
 *   `archive/2023/**`  a pattern with a `/` is anchored at the configuration folder
 *   `**`, `*`, `?`, `[abc]`, `{md,txt}` as in the CLI's globs (src/core/glob.ts); a leading `!` re-includes.
 */
import { globSource } from '../glob.ts';

/**
 * Files in a repository of postings that are not postings, skipped unless the configuration
 * re-includes them (`!README.md`). The CLI and the editor apply them before the `ignore` globs.
 */
export const DEFAULT_IGNORE: readonly string[] = [
  'README*',
  'CHANGELOG*',
  'CONTRIBUTING*',
  'CODE_OF_CONDUCT*',
  'SECURITY*',
  'LICENSE*',
  'node_modules/',
];

/** A predicate over `/`-separated paths relative to the configuration folder. */
export type IgnoreMatcher = (relativePath: string) => boolean;

export function createIgnoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const rules = patterns
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'))
    .map((p) => {
      const negate = p.startsWith('!');
      let body = (negate ? p.slice(1) : p).replace(/\\/g, '/');
      const dirOnly = body.endsWith('/');
      body = body.replace(/^\.\//, '').replace(/\/+$/, '');
      const anchored = body.startsWith('/') || body.includes('/');
      body = body.replace(/^\/+/, '');
      const core = globSource(body);
      // The pattern names the path itself, or a folder above it.
      const source = `^${anchored ? '' : '(?:[^/]+/)*'}${core}${dirOnly ? '/.*' : '(?:/.*)?'}$`;
      return { negate, re: new RegExp(source) };
    });
  if (!rules.length) return () => false;
  return (relativePath) => {
    const rel = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    let ignored = false;
    for (const r of rules) if (r.negate === ignored && r.re.test(rel)) ignored = !r.negate;
    return ignored;
  };
}

