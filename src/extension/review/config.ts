// `.postinglens.yaml` for the editor, read the way the CLI reads it: the nearest file from the
// posting's folder upwards, resolved by the core's `resolveConfig` (the same severities, options,
// required sections, glossary paths and ignore globs). On the local disk the search goes on above
// the workspace folder up to the root, as the CLI's does (a repository opened at a subfolder still
// follows the repository's file); elsewhere (virtual file systems) it stops at the workspace folder.
// Read through vscode.workspace.fs (open documents: their unsaved text), watched (folders above the
// workspace one by one), errors shown on the file.
import * as vscode from 'vscode';
import type { ResolvedConfig } from '../../core/rules/resolve.ts';
import type { GlossaryEntry } from '../../core/types.ts';
import { glossaryDiagnostic } from '../convert.ts';
import { readText } from '../workspacePostings.ts';
import { loadEngine } from '../engine.ts';
import { WORKSPACE_GLOSSARY } from '../glossaries.ts';
import { CONFIG_FILE } from '../../core/workspace-files.ts';
import { loadReviewEngine } from './engine.ts';

/** `.postinglens.yaml`: the name the CLI looks for too. */
export const CONFIG_NAME = CONFIG_FILE;
const RELOAD_DELAY_MS = 150;

export interface PostingConfig {
  /** The configuration file, or undefined when none applies (defaults). */
  file: vscode.Uri | undefined;
  resolved: ResolvedConfig;
  /** Entries of the configuration's glossary files, in order (merged over the editor's glossary). */
  glossaryEntries: GlossaryEntry[][];
  /** Changes whenever the file or one of its glossaries changes: a cache key. */
  key: string;
}

export class ReviewConfigService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('posting-lens-config');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when a configuration file or one of its glossaries changed, appeared or went away. */
  readonly onDidChange = this.changed.event;
  /** Config file uri (or folder for "none") → parsed configuration. */
  private readonly parsed = new Map<string, Promise<PostingConfig>>();
  /** Folder uri → the configuration file that applies there (null: none). */
  private readonly located = new Map<string, Promise<vscode.Uri | null>>();
  /** Folders outside the workspace where a configuration was looked for → their watcher. */
  private readonly outside = new Map<string, vscode.FileSystemWatcher>();
  /** Glossary files some configuration names: their changes reload too. */
  private glossaryFiles = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private waiting = false;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_NAME}`);
    const invalidate = (uri: vscode.Uri) => this.isRelevant(uri) && this.invalidate();
    this.disposables.push(
      this.changed,
      this.diagnostics,
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
      watcher.onDidChange(invalidate),
      vscode.workspace.onDidSaveTextDocument((d) => invalidate(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && invalidate(e.document.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => invalidate(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  private isRelevant(uri: vscode.Uri): boolean {
    return uri.path.endsWith(`/${CONFIG_NAME}`) || this.glossaryFiles.has(uri.toString());
  }

  /** Drops every cached configuration and tells listeners, after a short pause. */
  invalidate(): void {
    clearTimeout(this.timer);
    this.waiting = true;
    this.timer = setTimeout(() => {
      this.waiting = false;
      this.parsed.clear();
      this.located.clear();
      this.glossaryFiles.clear();
      this.diagnostics.clear();
      this.generation++;
      this.changed.fire();
    }, RELOAD_DELAY_MS);
  }

  /** True while a change waits to be applied. */
  isPending(): boolean {
    return this.waiting;
  }

  /** Resolves once no change waits to be applied. */
  async whenSettled(): Promise<void> {
    for (let i = 0; i < 100 && this.waiting; i++) await new Promise((r) => setTimeout(r, 20));
  }

  /**
   * The configuration that applies to a posting: the nearest file from its folder up to the root on
   * the local disk (as the CLI), up to its workspace folder elsewhere; defaults for untitled documents.
   */
  async forUri(uri: vscode.Uri): Promise<PostingConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const local = uri.scheme === 'file';
    if (uri.scheme === 'untitled' || (!folder && !local)) return this.load(null, `none`);
    const { configSearchPath } = await loadReviewEngine();
    const dir = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const file = await this.locate(uri, configSearchPath(dir, local ? '/' : folder!.uri.path));
    return this.load(file, file ? file.toString() : `none:${(folder?.uri ?? uri).toString()}`);
  }

  /** Path of a posting relative to its configuration's folder (for `ignore`), or undefined outside it. */
  relativePath(config: PostingConfig, uri: vscode.Uri): string | undefined {
    const base = config.file ? config.file.path.slice(0, config.file.path.lastIndexOf('/') + 1) : vscode.workspace.getWorkspaceFolder(uri)?.uri.path.replace(/\/?$/, '/');
    return base && uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
  }

  /** True when the configuration's `ignore` globs (or the default ignores) exclude this posting. */
  isIgnored(config: PostingConfig, uri: vscode.Uri): boolean {
    const rel = this.relativePath(config, uri);
    return rel !== undefined && config.resolved.isIgnored(rel);
  }

  private locate(posting: vscode.Uri, dirs: string[]): Promise<vscode.Uri | null> {
    const key = `${posting.scheme}:${dirs[0]!}`;
    let found = this.located.get(key);
    if (!found) {
      found = (async () => {
        for (const dir of dirs) {
          const candidate = posting.with({ path: `${dir.replace(/\/$/, '')}/${CONFIG_NAME}` });
          this.watchOutside(candidate);
          if (await exists(candidate)) return candidate;
        }
        return null;
      })();
      this.located.set(key, found);
    }
    return found;
  }

  /**
   * The workspace watcher sees configuration files inside the workspace folders only: a folder above
   * them gets a watcher of its own for its one file, so that adding, editing or deleting it there
   * reloads too.
   */
  private watchOutside(candidate: vscode.Uri): void {
    if (vscode.workspace.getWorkspaceFolder(candidate)) return;
    const dir = vscode.Uri.joinPath(candidate, '..');
    const key = dir.toString();
    if (this.outside.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, CONFIG_NAME));
    watcher.onDidCreate(() => this.invalidate());
    watcher.onDidDelete(() => this.invalidate());
    watcher.onDidChange(() => this.invalidate());
    this.outside.set(key, watcher);
  }

  private load(file: vscode.Uri | null, key: string): Promise<PostingConfig> {
    let config = this.parsed.get(key);
    if (!config) {
      config = this.read(file);
      this.parsed.set(key, config);
    }
    return config;
  }

  private async read(file: vscode.Uri | null): Promise<PostingConfig> {
    const { resolveConfig } = await loadReviewEngine();
    const key = `${this.generation}:${file?.toString() ?? ''}`;
    if (!file) return { file: undefined, resolved: resolveConfig(null), glossaryEntries: [], key };
    const text = (await readText(file)) ?? '';
    const resolved = resolveConfig(text, file.toString());
    if (resolved.errors.length) this.diagnostics.set(file, resolved.errors.map((e) => glossaryDiagnostic(e, 'config')));
    const { parseGlossary } = await loadEngine();
    const glossaryEntries: GlossaryEntry[][] = [];
    const folder = vscode.Uri.joinPath(file, '..');
    for (const path of resolved.glossaries) {
      const uri = path.startsWith('/') ? file.with({ path }) : vscode.Uri.joinPath(folder, path);
      this.glossaryFiles.add(uri.toString());
      const source = await readText(uri);
      if (source === undefined) {
        const at = (text.indexOf(path) + 1 || 1) - 1;
        const before = text.slice(0, at).split('\n');
        this.addDiagnostic(file, glossaryDiagnostic({ file: file.toString(), line: before.length - 1, column: before.at(-1)!.length, endLine: before.length - 1, endColumn: before.at(-1)!.length + path.length, message: `glossary "${path}" cannot be read` }, 'config'));
        continue;
      }
      // The workspace glossary is already part of the editor's glossary, its errors shown by the
      // glossary service. Listed before any other, merging it again would compile the same terms
      // twice; listed after one, it must still win over it, as in the CLI.
      const workspace = vscode.workspace.workspaceFolders?.some((f) => vscode.Uri.joinPath(f.uri, WORKSPACE_GLOSSARY).toString() === uri.toString());
      if (workspace && !glossaryEntries.length) continue;
      const parsed = parseGlossary(source, uri.toString());
      glossaryEntries.push(parsed.entries);
      if (parsed.errors.length && !workspace) this.diagnostics.set(uri, parsed.errors.map((e) => glossaryDiagnostic(e, 'glossary')));
    }
    return { file, resolved, glossaryEntries, key };
  }

  private addDiagnostic(uri: vscode.Uri, d: vscode.Diagnostic): void {
    this.diagnostics.set(uri, [...(this.diagnostics.get(uri) ?? []), d]);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    for (const w of this.outside.values()) w.dispose();
    this.outside.clear();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return true;
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

