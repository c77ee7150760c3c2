// The reviewer rules over one posting, as the CLI runs them: the configuration that applies to the
// file, the editor's glossary with the configuration's glossaries merged over it, `checkPosting`.
// Open postings reuse the shared AnalysisService result, which uses the configuration's glossaries too.
import * as vscode from 'vscode';
import type { CompiledGlossary } from '../../core/glossary/index.ts';
import type { Finding, PostingAnalysis } from '../../core/types.ts';
import type { AnalysisService } from '../analysis.ts';
import { engineNow } from '../engine.ts';
import type { GlossaryScope, GlossaryService } from '../glossaries.ts';
import { formatOf } from '../language.ts';
import type { PostingConfig, ReviewConfigService } from './config.ts';
import { loadReviewEngine, type ReviewEngine } from './engine.ts';

export type ReviewResult =
  | { kind: 'ok'; analysis: PostingAnalysis; findings: Finding[]; config: PostingConfig }
  | { kind: 'skipped'; reason: 'ignored' | 'too-large' | 'binary' };

interface Cached {
  version: number;
  key: string;
  result: ReviewResult;
}

export class ReviewChecker {
  private readonly cache = new WeakMap<vscode.TextDocument, Cached>();
  private readonly merged = new Map<string, CompiledGlossary>();

  constructor(
    private readonly analyses: AnalysisService,
    private readonly glossaries: GlossaryService,
    readonly configs: ReviewConfigService,
  ) {}

  /** The findings of an open posting as it is now (unsaved edits included); cached per version. */
  async checkDocument(document: vscode.TextDocument): Promise<ReviewResult> {
    await this.analyses.ready();
    const [engine, config] = await Promise.all([loadReviewEngine(), this.configs.forUri(document.uri)]);
    const key = `${this.glossaries.generation}/${config.key}`;
    const hit = this.cache.get(document);
    if (hit && hit.version === document.version && hit.key === key) return hit.result;
    const version = document.version;
    // The shared analysis already uses this configuration's glossaries once the posting's scope is
    // read (see `scope`); until then, or if another configuration was read meanwhile, analyse here.
    await this.glossaries.prepare(document.uri);
    const result = this.review(engine, config, document.uri, () => {
      const state = this.analyses.get(document);
      if (state.kind !== 'ok') return state.kind;
      const text = document.getText();
      if (!config.glossaryEntries.length || this.glossaries.scopeKey(document.uri) === config.key) return { text, analysis: state.analysis };
      return { text, analysis: this.analyze(text, config, formatOf(document), document.uri.path) };
    });
    if (document.version === version) this.cache.set(document, { version, key, result });
    return result;
  }

  /** The findings of a posting's text that is not open in an editor (the workspace index). */
  async checkText(uri: vscode.Uri, text: string): Promise<ReviewResult> {
    await this.analyses.ready();
    const [engine, config] = await Promise.all([loadReviewEngine(), this.configs.forUri(uri)]);
    return this.review(engine, config, uri, () => {
      if (text.includes('\0')) return 'binary';
      return { text, analysis: this.analyze(text, config, 'auto', uri.path) };
    });
  }

  private review(
    engine: ReviewEngine,
    config: PostingConfig,
    uri: vscode.Uri,
    analyse: () => { text: string; analysis: PostingAnalysis } | 'too-large' | 'binary',
  ): ReviewResult {
    if (this.configs.isIgnored(config, uri)) return { kind: 'skipped', reason: 'ignored' };
    const got = analyse();
    if (typeof got === 'string') return { kind: 'skipped', reason: got };
    const glossary = this.glossaryFor(config);
    const findings = engine.checkPosting(got.text, got.analysis, { config: config.resolved.config, entries: glossary.entries, year: new Date().getUTCFullYear() });
    return { kind: 'ok', analysis: got.analysis, findings, config };
  }

  /** Resolves when the engine and the glossaries are loaded (`analyze` needs them). */
  ready(): Promise<void> {
    return this.analyses.ready();
  }

  analyze(text: string, config: PostingConfig, format: 'markdown' | 'text' | 'auto', fileName: string): PostingAnalysis {
    return engineNow().analyzePosting(text, { glossary: this.glossaryFor(config), format, fileName });
  }

  /**
   * The configurations' glossaries for the rest of the editor: a posting's configuration is read
   * on `prepare` and remembered until a configuration changes.
   */
  scope(): GlossaryScope & vscode.Disposable {
    const known = new Map<string, PostingConfig>();
    const changed = new vscode.EventEmitter<void>();
    let generation = 0;
    const listening = this.configs.onDidChange(() => {
      generation++;
      known.clear();
      // Configuration keys change with every configuration change: the old merged glossaries are dead.
      this.merged.clear();
      changed.fire();
    });
    return {
      // Every hover and analysis asks: a posting already read costs no configuration lookup. A
      // configuration read before a change is not remembered after it.
      prepare: async (uri) => {
        const key = uri.toString();
        if (known.has(key)) return;
        const before = generation;
        const config = await this.configs.forUri(uri);
        if (generation === before) known.set(key, config);
      },
      glossaryFor: (uri) => {
        const config = known.get(uri.toString());
        return config?.glossaryEntries.length ? { key: config.key, glossary: this.glossaryFor(config) } : undefined;
      },
      onDidChange: changed.event,
      dispose: () => {
        listening.dispose();
        changed.dispose();
      },
    };
  }

  /** The editor's glossary, with the configuration's glossary files merged over it (compiled once per change). */
  glossaryFor(config: PostingConfig): CompiledGlossary {
    const base = this.glossaries.glossary;
    if (!config.glossaryEntries.length) return base;
    const key = `${this.glossaries.generation}/${config.key}`;
    let glossary = this.merged.get(key);
    if (!glossary) {
      const { compileGlossary, mergeGlossaries } = engineNow();
      for (const k of this.merged.keys()) if (!k.startsWith(`${this.glossaries.generation}/`)) this.merged.delete(k);
      glossary = compileGlossary(mergeGlossaries([...base.entries.values()], ...config.glossaryEntries));
      this.merged.set(key, glossary);
    }
    return glossary;
  }
}
