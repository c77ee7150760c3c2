/**
 * `.postinglens.yaml` for `check` and `stats`, resolved per posting as the editor does: the nearest
 * file in the posting's folder or above it (or the one given with `--config`), read through the core's
 * `resolveConfig` — the same code the extension calls — so glossary paths and `ignore` globs (after the
 * default ignores) are relative to the file's folder in both.
 */
import path from 'node:path';
import { CONFIG_FILE, WORKSPACE_GLOSSARY } from '../core/rules/index.ts';
import { resolveConfig, type ResolvedConfig } from '../core/rules/resolve.ts';
import { UsageError } from './args.ts';
import { decodePosting } from './decode.ts';
import { describeFsError } from './inputs.ts';
import type { CliFs, CliIo } from './io.ts';

export interface PostingConfig {
  /** Absolute path of the configuration file, or null (defaults and default ignores). */
  file: string | null;
  /** The folder its paths are relative to (the file's folder; for no file, the working directory). */
  root: string;
  resolved: ResolvedConfig;
  /** Glossary files of the configuration, absolute. */
  glossaries: string[];
  /** `file:line:col: message` lines for problems in the file (the run stops with exit code 2). */
  errors: string[];
}

async function isFile(fs: CliFs, p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isFile(), () => false);
}

/** The nearest `.postinglens.yaml` in `dir` or a folder above it. */
export async function findConfigFile(dir: string, fs: CliFs): Promise<string | null> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_FILE);
    if (await isFile(fs, candidate)) return candidate;
    if (path.dirname(d) === d) return null;
  }
}

/** Finds and reads configurations, each file once, however many postings share it. */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<string | null>>();
  private readonly byFile = new Map<string, Promise<PostingConfig>>();

  constructor(
    private readonly io: CliIo,
    /** `--config FILE`: used for every posting instead of searching. */
    private readonly explicit?: string,
  ) {}

  /** The configuration of a posting file (absolute path), or of stdin (null: searched from the cwd). */
  async forPosting(file: string | null): Promise<PostingConfig> {
    if (this.explicit !== undefined) return this.load(path.resolve(this.io.cwd, this.explicit), this.explicit);
    const dir = file === null ? this.io.cwd : path.dirname(file);
    let found = this.byDir.get(dir);
    if (!found) this.byDir.set(dir, (found = findConfigFile(dir, this.io.fs)));
    return this.load(await found);
  }

  /** True when the posting's configuration (or the default ignores) excludes it. */
  isIgnored(config: PostingConfig, file: string): boolean {
    const rel = path.relative(config.root, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel) && config.resolved.isIgnored(rel.split(path.sep).join('/'));
  }

  private load(file: string | null, given?: string): Promise<PostingConfig> {
    const key = file ?? '';
    let config = this.byFile.get(key);
    if (!config) this.byFile.set(key, (config = this.read(file, given)));
    return config;
  }

  /**
   * The workspace glossary `.postinglens/glossary.yaml` beside the configuration (or in the working
   * directory without one), when it exists — the file the editor reads and "Add to Workspace Glossary"
   * writes, so CI knows the same terms.
   */
  private async workspaceGlossary(root: string, listed: string[]): Promise<string[]> {
    const file = path.resolve(root, WORKSPACE_GLOSSARY);
    if (listed.includes(file)) return listed;
    return (await isFile(this.io.fs, file)) ? [file, ...listed] : listed;
  }

  private async read(file: string | null, given?: string): Promise<PostingConfig> {
    if (file === null) {
      return { file: null, root: this.io.cwd, resolved: resolveConfig(null), glossaries: await this.workspaceGlossary(this.io.cwd, []), errors: [] };
    }
    const shown = given ?? (path.relative(this.io.cwd, file) || file);
    const bytes = await this.io.fs.readFile(file).catch((err: NodeJS.ErrnoException) => err);
    if (bytes instanceof Error) throw new UsageError(`config ${shown}: ${describeFsError(bytes)}`);
    const decoded = decodePosting(bytes);
    if (!decoded.ok) throw new UsageError(`config ${shown}: ${decoded.reason}`);
    const resolved = resolveConfig(decoded.text, shown);
    const root = path.dirname(file);
    return {
      file,
      root,
      resolved,
      glossaries: await this.workspaceGlossary(root, resolved.glossaries.map((g) => path.resolve(root, g))),
      errors: resolved.errors.map((e) => `${e.file}:${e.line + 1}:${e.column + 1}: ${e.message}`),
    };
  }
}
