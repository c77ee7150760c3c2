// The posting the views and the status bar show: the active editor's document when it is a posting;
// while focus is elsewhere (an output, an extracted report) the last posting stays until it closes.
// Sets the context key `postingLens.hasPosting` (the views' welcome content reads it).
import * as vscode from 'vscode';
import type { AnalysisService, PostingState } from './analysis.ts';
import { isPosting } from './language.ts';

export class ActivePosting implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the posting changes or its analysis is updated. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly analyses: AnalysisService) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => d === this.current && this.set(this.pickVisible())),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A language change (Open as Job Posting) reopens the document under the new id.
        if (isPosting(d) && vscode.window.activeTextEditor?.document === d) this.set(d);
      }),
      analyses.onDidChange((e) => e.document === this.current && this.changed.fire()),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The visible editor of the posting, if any. */
  get editor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && active.document === this.current) return active;
    return vscode.window.visibleTextEditors.find((e) => e.document === this.current);
  }

  /** Its analysis: the cached one, or computed now. */
  get state(): PostingState | undefined {
    return this.current && !this.current.isClosed && this.analyses.isReady() ? this.analyses.get(this.current) : undefined;
  }

  /** Is the analysis of the posting as it is now already there (no analysis would run for it)? */
  get isAnalysed(): boolean {
    return !!this.current && !!this.analyses.peek(this.current);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (isPosting(editor?.document)) this.set(editor.document);
    else if (!this.current || this.current.isClosed) this.set(this.pickVisible());
  }

  private pickVisible(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => isPosting(d) && d !== this.current);
  }

  private set(document: vscode.TextDocument | undefined): void {
    if (document === this.current) return;
    this.current = document;
    void vscode.commands.executeCommand('setContext', 'postingLens.hasPosting', !!document);
    this.changed.fire();
  }

  dispose(): void {
    void vscode.commands.executeCommand('setContext', 'postingLens.hasPosting', false);
    for (const d of this.disposables) d.dispose();
  }
}
