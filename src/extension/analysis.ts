// Analysis of open postings, shared by every feature (and by src/extension/review/): one result per
// document version and glossary, computed on demand for providers and in the background (debounced)
// for views and the status bar. A newer edit cancels the pending run; a result for an old version is
// never published. Oversized and binary documents get a notice state instead of an analysis.
import * as vscode from 'vscode';
import type { AnalysisMemo } from '../core/analyze.ts';
import type { Mention, PostingAnalysis, Skill } from '../core/types.ts';
import { engineNow, isEngineLoaded } from './engine.ts';
import type { GlossaryService } from './glossaries.ts';
import { formatOf, isPosting } from './language.ts';
import { readSettings } from './settings.ts';

export { mentionAt } from './describe.ts';

export const ANALYSIS_DELAY_MS = 150;

export type PostingState =
  | { kind: 'ok'; version: number; analysis: PostingAnalysis; /** every mention, sorted by start */ mentions: Mention[]; skillsById: ReadonlyMap<string, Skill>; ms: number }
  | { kind: 'too-large'; version: number; size: number; limit: number }
  | { kind: 'binary'; version: number };

export interface AnalysisChange {
  document: vscode.TextDocument;
  state: PostingState;
}

interface CacheEntry {
  version: number;
  /** Glossary and settings generation the state was computed with. */
  generation: string;
  state: PostingState;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new WeakMap<vscode.TextDocument, CacheEntry>();
  /** Per document: what its last analysis left for the next one (an edit re-reads only what it touched). */
  private readonly memos = new WeakMap<vscode.TextDocument, AnalysisMemo>();
  private readonly pending = new Map<vscode.TextDocument, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<AnalysisChange>();
  /** Fires when a posting's analysis (or notice) is ready for a new version or glossary. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private settingsGeneration = 0;

  constructor(private readonly glossaries: GlossaryService) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => isPosting(e.document) && e.contentChanges.length && this.schedule(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => isPosting(d) && this.schedule(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d);
        this.memos.delete(d);
      }),
      glossaries.onDidChange(() => this.refreshAll()),
      glossaries.onDidChangeScope(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('postingLens.maxFileSize')) return;
        this.settingsGeneration++;
        this.refreshAll();
      }),
    );
  }

  /** True once the engine and the glossaries are loaded (shortly after activation). */
  isReady(): boolean {
    return isEngineLoaded() && this.glossaries.generation > 0;
  }

  /** Resolves when the engine and the glossaries are loaded. */
  async ready(): Promise<void> {
    await this.glossaries.whenReady();
  }

  /** The analysis of the document as it is now, once the engine is loaded (for providers). */
  async analysis(document: vscode.TextDocument): Promise<PostingState> {
    if (!this.isReady()) await this.ready();
    await this.glossaries.prepare(document.uri);
    return this.get(document);
  }

  /** The analysis of the document as it is now: cached, or computed at once. Only when isReady(). */
  get(document: vscode.TextDocument): PostingState {
    const hit = this.cache.get(document);
    const generation = this.generation(document);
    if (hit && hit.version === document.version && hit.generation === generation) return hit.state;
    let memo = this.memos.get(document);
    if (!memo) this.memos.set(document, (memo = engineNow().createAnalysisMemo()));
    const state = analyzeDocument(document, this.glossaries, memo);
    this.cache.set(document, { version: document.version, generation, state });
    return state;
  }

  private generation(document: vscode.TextDocument): string {
    return `${this.glossaries.generation}/${this.settingsGeneration}/${this.glossaries.scopeKey(document.uri)}`;
  }

  /** The cached analysis of this version, if any, without computing one. */
  peek(document: vscode.TextDocument): PostingState | undefined {
    const hit = this.cache.get(document);
    return hit && hit.version === document.version && hit.generation === this.generation(document) ? hit.state : undefined;
  }

  /** Analyses after a pause in typing; an edit in the meantime cancels and restarts the wait. */
  schedule(document: vscode.TextDocument, delay = ANALYSIS_DELAY_MS): void {
    this.cancel(document);
    const timer: ReturnType<typeof setTimeout> = setTimeout(() => {
      const mine = () => this.pending.get(document) === timer;
      if (document.isClosed) return void this.pending.delete(document);
      if (!this.isReady()) {
        this.pending.delete(document);
        return void this.ready().then(() => this.isReady() && this.schedule(document, 0));
      }
      const version = document.version;
      // Still pending while the posting's configuration is read: an edit meanwhile starts over.
      void this.glossaries.prepare(document.uri).then(() => {
        if (!mine()) return;
        this.pending.delete(document);
        if (document.isClosed || document.version !== version) return;
        const state = this.get(document);
        if (document.version === version) this.changed.fire({ document, state });
      });
    }, delay);
    this.pending.set(document, timer);
  }

  /** True while a debounced analysis waits to run. */
  isPending(document?: vscode.TextDocument): boolean {
    return document ? this.pending.has(document) : this.pending.size > 0;
  }

  private cancel(document: vscode.TextDocument): void {
    clearTimeout(this.pending.get(document));
    this.pending.delete(document);
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) if (isPosting(document)) this.schedule(document, 0);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Length of a document without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function analyzeDocument(document: vscode.TextDocument, glossaries: GlossaryService, memo: AnalysisMemo): PostingState {
  const version = document.version;
  const limit = readSettings(document.uri).maxFileSize;
  const size = documentLength(document);
  if (size > limit) return { kind: 'too-large', version, size, limit };
  const text = document.getText();
  if (text.includes('\0')) return { kind: 'binary', version };
  return analyzeText(text, version, { glossaries, uri: document.uri, format: formatOf(document), fileName: document.uri.path, memo });
}

/** Analyses text that may not be open in an editor (references across the workspace use it too). */
export function analyzeText(
  text: string,
  version: number,
  options: { glossaries: GlossaryService; uri: vscode.Uri; format: 'markdown' | 'text' | 'auto'; fileName: string; memo?: AnalysisMemo },
): PostingState {
  const t0 = Date.now();
  const analysis = engineNow().analyzePosting(text, {
    glossary: options.glossaries.glossaryFor(options.uri),
    format: options.format,
    fileName: options.fileName,
    ...(options.memo ? { memo: options.memo } : {}),
  });
  const mentions = analysis.skills.flatMap((s) => s.mentions).sort((a, b) => a.span.start - b.span.start);
  return { kind: 'ok', version, analysis, mentions, skillsById: new Map(analysis.skills.map((s) => [s.id, s])), ms: Date.now() - t0 };
}
