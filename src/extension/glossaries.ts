// The glossary in use: the built-in one plus every user glossary (`.postinglens/glossary.yaml` in each
// workspace folder and the files named by `postingLens.glossaries`). Errors of user glossaries go to
// Problems at their exact range; valid entries are used even when others in the file are broken.
// Files are read through vscode.workspace.fs (virtual workspaces) and reloaded when they change.
import * as vscode from 'vscode';
import type { CompiledGlossary } from '../core/glossary/index.ts';
import type { GlossaryEntry } from '../core/types.ts';
import { glossaryDiagnostic } from './convert.ts';
import { readText } from './workspacePostings.ts';
import { engineNow, loadEngine } from './engine.ts';
import { readSettings } from './settings.ts';

export { WORKSPACE_GLOSSARY } from '../core/workspace-files.ts';
import { WORKSPACE_GLOSSARY } from '../core/workspace-files.ts';
const RELOAD_DELAY_MS = 150;

/**
 * The glossaries a posting's own configuration adds (`.postinglens.yaml` `glossaries:`, nearest file
 * up to the workspace folder), as `posting-lens check` reads them; provided by the review support.
 */
export interface GlossaryScope {
  /** Reads the configuration that applies to the posting, so that `glossaryFor` knows it. */
  prepare(uri: vscode.Uri): Promise<void>;
  /** The editor's glossary with the configuration's merged over it, and a key that changes with it; undefined when the configuration adds none (or is not read yet). */
  glossaryFor(uri: vscode.Uri): { key: string; glossary: CompiledGlossary } | undefined;
  /** Fires when a configuration or one of its glossaries changed. */
  readonly onDidChange: vscode.Event<void>;
}

export class GlossaryService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the glossary was reloaded (entries or errors may differ). */
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('posting-lens-glossary');
  /** Compiled on first use: activation stays cheap, the first analysis pays once. */
  private current: CompiledGlossary | undefined;
  private userEntries: GlossaryEntry[][] = [];
  private files: vscode.Uri[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();
  /** Bumped on every reload, so caches keyed on it notice a new glossary. */
  generation = 0;
  private scope: GlossaryScope | undefined;
  private readonly scopeChanged = new vscode.EventEmitter<void>();
  /** Fires when the glossaries of postings' configurations changed (see `GlossaryScope`). */
  readonly onDidChangeScope = this.scopeChanged.event;

  constructor() {
    this.disposables.push(
      this.changed,
      this.scopeChanged,
      this.diagnostics,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('postingLens.glossaries') && this.scheduleReload()),
      vscode.workspace.onDidChangeTextDocument((e) => this.isGlossary(e.document.uri) && this.scheduleReload()),
      vscode.workspace.onDidCloseTextDocument((d) => this.isGlossary(d.uri) && this.scheduleReload()),
    );
  }

  /** The compiled glossary; only after whenReady() (it needs the engine). */
  get glossary(): CompiledGlossary {
    const { builtInEntries, builtInGlossary, compileGlossary, mergeGlossaries } = engineNow();
    return (this.current ??= this.userEntries.some((list) => list.length) ? compileGlossary(mergeGlossaries(builtInEntries(), ...this.userEntries)) : builtInGlossary());
  }

  entry(id: string): GlossaryEntry | undefined {
    return this.generation ? this.glossary.entries.get(id) : undefined;
  }

  /** Postings get their configuration's glossaries through `scope` from now on. */
  useScope(scope: GlossaryScope): vscode.Disposable {
    this.scope = scope;
    const listening = scope.onDidChange(() => this.scopeChanged.fire());
    this.scopeChanged.fire();
    return new vscode.Disposable(() => {
      listening.dispose();
      if (this.scope === scope) this.scope = undefined;
      this.scopeChanged.fire();
    });
  }

  /** Reads what `glossaryFor(uri)` needs (the posting's configuration). */
  async prepare(uri: vscode.Uri): Promise<void> {
    await this.scope?.prepare(uri).catch(() => undefined);
  }

  /** The glossary of one posting: the editor's, with its configuration's glossaries merged over it. Only when ready. */
  glossaryFor(uri: vscode.Uri): CompiledGlossary {
    return this.scope?.glossaryFor(uri)?.glossary ?? this.glossary;
  }

  /** Changes whenever `glossaryFor(uri)` gives another glossary (with `generation`). */
  scopeKey(uri: vscode.Uri): string {
    return this.scope?.glossaryFor(uri)?.key ?? '';
  }

  /** An entry of the posting's glossary. */
  entryFor(uri: vscode.Uri, id: string): GlossaryEntry | undefined {
    return this.generation ? this.glossaryFor(uri).entries.get(id) : undefined;
  }

  /** Resolves when the latest (re)load has finished, a reload already scheduled included. */
  async whenReady(): Promise<void> {
    for (let i = 0; i < 100 && this.timer !== undefined; i++) await new Promise((r) => setTimeout(r, 20));
    return this.loading;
  }

  /** True while a change waits for its reload to start. */
  isPending(): boolean {
    return this.timer !== undefined;
  }

  /** Reads every user glossary again now. */
  reload(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.loading = this.loading.then(() => this.load()).catch(() => undefined);
    return this.loading;
  }

  private scheduleReload(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  private isGlossary(uri: vscode.Uri): boolean {
    return this.files.some((f) => f.toString() === uri.toString());
  }

  private async load(): Promise<void> {
    const { parseGlossary } = await loadEngine();
    const files = glossaryFiles();
    const user: GlossaryEntry[][] = [];
    this.diagnostics.clear();
    for (const uri of files) {
      const text = await readText(uri);
      if (text === undefined) continue;
      const parsed = parseGlossary(text, uri.toString());
      user.push(parsed.entries);
      if (parsed.errors.length) this.diagnostics.set(uri, parsed.errors.map((e) => glossaryDiagnostic(e, 'glossary')));
    }
    this.files = files;
    this.watch(files);
    this.userEntries = user;
    this.current = undefined;
    this.generation++;
    this.changed.fire();
  }

  private watch(files: vscode.Uri[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const uri of files) {
      const folder = vscode.Uri.joinPath(uri, '..');
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
      const reload = () => this.scheduleReload();
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/** Every user glossary that may exist: one per workspace folder, then those of the setting. */
function glossaryFiles(): vscode.Uri[] {
  const out = new Map<string, vscode.Uri>();
  const add = (uri: vscode.Uri) => out.set(uri.toString(), uri);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    add(vscode.Uri.joinPath(folder.uri, WORKSPACE_GLOSSARY));
    for (const p of readSettings(folder.uri).glossaries) add(resolvePath(p, folder.uri));
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    for (const p of readSettings().glossaries) if (isAbsolute(p)) add(vscode.Uri.file(p));
  }
  return [...out.values()];
}

const isAbsolute = (p: string): boolean => p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);

function resolvePath(p: string, folder: vscode.Uri): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(p)) return vscode.Uri.parse(p);
  if (isAbsolute(p)) return folder.scheme === 'file' ? vscode.Uri.file(p) : folder.with({ path: p.replace(/\\/g, '/') });
  return vscode.Uri.joinPath(folder, p.replace(/\\/g, '/'));
}

