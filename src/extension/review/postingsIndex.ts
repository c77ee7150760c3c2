// Every posting of the workspace, checked once: skills, findings and their diagnostics. The first scan
// shows a progress notification; afterwards only files that change (file watcher) or open postings
// that are edited (the shared analysis' debounce) are analysed again. A new configuration or glossary
// checks everything again. Files over `postingLens.maxFileSize` are listed but not read.
import * as vscode from 'vscode';
import type { Finding, Level, Severity } from '../../core/types.ts';
import type { AnalysisService } from '../analysis.ts';
import { toRange, toRangeIn } from '../convert.ts';
import { engineNow } from '../engine.ts';
import type { GlossaryService } from '../glossaries.ts';
import { displayName, isPosting } from '../language.ts';
import { readSettings } from '../settings.ts';
import { findPostingFiles, postingGlobs, readPosting } from '../workspacePostings.ts';
import type { ReviewChecker, ReviewResult } from './checker.ts';
import { toDiagnostic } from './diagnostics.ts';

export interface IndexedSkill {
  id: string;
  name: string;
  level: Level;
  /** Every mention as UTF-16 offsets into the text that was checked (compact: a big workspace has many). */
  spans: { start: number; end: number }[];
}

export interface IndexedPosting {
  uri: vscode.Uri;
  /** Workspace-relative path. */
  name: string;
  title: string | null;
  state: 'ok' | 'ignored' | 'too-large' | 'binary' | 'unreadable';
  skills: IndexedSkill[];
  diagnostics: vscode.Diagnostic[];
  counts: Record<Severity, number>;
  /** What the entry was checked from: the index epoch and a hash of the text (unchanged files are skipped). */
  stamp?: string;
}

const UPDATE_DELAY_MS = 100;
/** FNV-1a over UTF-16 code units: tells whether a file's text changed since it was checked. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** `postingLens.problems`: which postings' findings Problems shows (read at the edge, per resource). */
export function problemsMode(uri: vscode.Uri): 'workspace' | 'open' | 'off' {
  const value = vscode.workspace.getConfiguration('postingLens', uri).get<string>('problems', 'workspace');
  return value === 'open' || value === 'off' ? value : 'workspace';
}

const emptyCounts = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0, hint: 0 });

export class PostingsIndex implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('posting-lens');
  private readonly entries = new Map<string, IndexedPosting>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when postings were added, removed or checked again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private queue: Promise<void> = Promise.resolve();
  private rescanQueued = false;
  private scanned = false;
  /** Bumped when the configuration or the glossary changed: every posting is checked again. */
  private epoch = 0;
  /** How many times a posting was analysed and checked (the tests prove the index is incremental). */
  analysed = 0;

  constructor(
    private readonly checker: ReviewChecker,
    analyses: AnalysisService,
    glossaries: GlossaryService,
  ) {
    this.disposables.push(
      this.changed,
      this.diagnostics,
      // Live checks never wait behind a scan; results for an older version are dropped.
      analyses.onDidChange(({ document }) => void this.checkOpen(document).catch((err) => console.error('Posting Lens: review', err))),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
      checker.configs.onDidChange(() => this.rescan(true)),
      glossaries.onDidChange(() => this.scanned && this.rescan(true)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('files.associations')) this.rescan();
        if (e.affectsConfiguration('postingLens.problems')) this.republish();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => this.entries.has(d.uri.toString()) && this.publish(d.uri, this.entries.get(d.uri.toString())!.diagnostics)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
    );
  }

  /** The first scan, with a progress notification. */
  start(): Promise<void> {
    return this.enqueue(async () =>
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Posting Lens: checking the postings of the workspace', cancellable: true }, (progress, token) =>
        this.scan(progress, token),
      ),
    );
  }

  /** "Check All Postings Again": reads and checks every posting, with the progress notification. */
  refresh(): Promise<void> {
    this.epoch++;
    return this.start();
  }

  postings(): IndexedPosting[] {
    return [...this.entries.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get(uri: vscode.Uri): IndexedPosting | undefined {
    return this.entries.get(uri.toString());
  }

  /** Resolves when no scan or update is queued. */
  async whenIdle(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.queue;
      if (!this.timers.size && !this.rescanQueued && !this.checker.configs.isPending()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((err) => console.error('Posting Lens: review index', err));
    return this.queue;
  }

  private rescan(recheck = false): void {
    if (recheck) this.epoch++;
    if (this.rescanQueued) return;
    this.rescanQueued = true;
    void this.enqueue(async () => {
      this.rescanQueued = false;
      await this.scan();
    });
  }

  private async scan(progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<void> {
    await this.checker.configs.whenSettled();
    const files = await findPostingFiles(token);
    const keep = new Set(files.map((f) => f.toString()));
    for (const key of [...this.entries.keys()]) if (!keep.has(key)) this.remove(vscode.Uri.parse(key));
    this.watch();
    for (const [i, uri] of files.entries()) {
      if (token?.isCancellationRequested) break;
      progress?.report({ message: `${i + 1} of ${files.length}: ${displayName(uri)}`, increment: 100 / files.length });
      await this.update(uri);
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 0));
    }
    for (const d of vscode.workspace.textDocuments) if (isPosting(d) && !keep.has(d.uri.toString())) await this.checkOpen(d);
    if (!this.scanned) void vscode.commands.executeCommand('setContext', 'postingLens.postingsIndexed', true);
    this.scanned = true;
    this.changed.fire();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
    this.watchers.push(
      folders,
      folders.onDidCreate(async (uri) => {
        const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
        if (stat && stat.type & vscode.FileType.Directory) this.rescan();
      }),
    );
    for (const glob of postingGlobs()) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const later = (uri: vscode.Uri) => this.later(uri);
      this.watchers.push(watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later));
    }
  }

  /** A file changed on disk: check it again after a short pause (many events come at once). */
  private later(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.enqueue(async () => {
          await this.update(uri);
          this.changed.fire();
        });
      }, UPDATE_DELAY_MS),
    );
  }

  /** Reads and checks one posting (an open one: its live text). */
  private async update(uri: vscode.Uri): Promise<void> {
    const limit = readSettings(uri).maxFileSize;
    const read = await readPosting(uri, limit);
    if (read && 'document' in read && read.document) return this.checkOpen(read.document, false);
    if (!read) {
      const gone = !(await vscode.workspace.fs.stat(uri).then(() => true, () => false));
      if (gone) return this.remove(uri);
      return this.store(uri, { state: 'unreadable' });
    }
    if ('tooLarge' in read) return this.store(uri, { state: 'too-large' });
    const stamp = `${this.epoch}/${hashText(read.text)}`;
    if (this.entries.get(uri.toString())?.stamp === stamp) return;
    this.analysed++;
    const result = await this.checker.checkText(uri, read.text);
    const lines = engineNow().createLineIndex(read.text);
    this.store(uri, { ...this.toEntry(result, (span) => toRangeIn(lines, span)), stamp });
  }

  private async checkOpen(document: vscode.TextDocument, notify = true): Promise<void> {
    if (document.isClosed || !isPosting(document)) return;
    const version = document.version;
    // The file watcher and the live path both report a change of an open file: check its text once.
    const stamp = `${this.epoch}/${hashText(document.getText())}`;
    if (this.entries.get(document.uri.toString())?.stamp === stamp) return;
    this.analysed++;
    const result = await this.checker.checkDocument(document);
    if (document.version !== version || document.isClosed) return;
    const inWorkspace = document.uri.scheme !== 'untitled' && !!vscode.workspace.getWorkspaceFolder(document.uri);
    const entry = this.toEntry(result, (span) => toRange(document, span));
    if (inWorkspace && (this.entries.has(document.uri.toString()) || result.kind === 'ok')) this.store(document.uri, { ...entry, stamp });
    else this.publish(document.uri, entry.diagnostics ?? []);
    if (notify) this.changed.fire();
  }

  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    // An untitled name is reused: a new "Untitled-1" may be open before the old one's close arrives.
    if (vscode.workspace.textDocuments.some((d) => d !== document && !d.isClosed && d.uri.toString() === key)) return;
    const entry = this.entries.get(key);
    if (entry) {
      this.publish(entry.uri, entry.diagnostics);
      this.later(document.uri);
    } else this.diagnostics.delete(document.uri);
  }

  private toEntry(result: ReviewResult, range: (span: Finding['range']) => vscode.Range): Partial<IndexedPosting> {
    if (result.kind === 'skipped') return { state: result.reason };
    const counts = emptyCounts();
    for (const f of result.findings) counts[f.severity]++;
    return {
      state: 'ok',
      title: result.analysis.title,
      skills: result.analysis.skills.map((s) => ({ id: s.id, name: s.name, level: s.level, spans: s.mentions.map((m) => ({ start: m.span.start, end: m.span.end })) })),
      diagnostics: result.findings.map((f) => toDiagnostic(f, range(f.range))),
      counts,
    };
  }

  private store(uri: vscode.Uri, entry: Partial<IndexedPosting>): void {
    const full: IndexedPosting = { uri, name: displayName(uri), title: null, skills: [], diagnostics: [], counts: emptyCounts(), state: 'ok', ...entry };
    this.entries.set(uri.toString(), full);
    this.publish(uri, full.diagnostics);
  }

  /** Shows a posting's diagnostics in Problems as `postingLens.problems` says (every posting, open ones, none). */
  private publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    const mode = problemsMode(uri);
    const key = uri.toString();
    const shown = mode === 'workspace' || (mode === 'open' && vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key));
    if (shown) this.diagnostics.set(uri, diagnostics);
    else this.diagnostics.delete(uri);
  }

  /** `postingLens.problems` changed: show or hide what the index already knows, check open untitled postings. */
  private republish(): void {
    this.diagnostics.clear();
    for (const entry of this.entries.values()) this.publish(entry.uri, entry.diagnostics);
    for (const d of vscode.workspace.textDocuments) if (isPosting(d) && !this.entries.has(d.uri.toString())) void this.checkOpen(d);
  }

  private remove(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.diagnostics.delete(uri);
    this.changed.fire();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
