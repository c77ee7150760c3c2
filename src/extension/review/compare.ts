// "Posting Lens: Compare With Posting…": the semantic diff of two postings (sections, skills and
// their levels, years, degrees) as Markdown in the Markdown preview. The Markdown is the core's
// `renderDiffMarkdown` (every posting-derived string escaped), shown from a read-only virtual
// document: no HTML, no command links, nothing to save.
import * as vscode from 'vscode';
import type { PostingAnalysis } from '../../core/types.ts';
import { displayName, formatOf, isPosting } from '../language.ts';
import { readSettings } from '../settings.ts';
import { readPosting } from '../workspacePostings.ts';
import type { ReviewChecker } from './checker.ts';
import { loadReviewEngine } from './engine.ts';
import type { PostingsIndex } from './postingsIndex.ts';

export const COMPARE_COMMAND = 'postingLens.compareWithPosting';
export const COMPARE_SCHEME = 'posting-lens-compare';

class ComparisonDocuments implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

const uriOf = (arg: unknown): vscode.Uri | undefined => {
  if (arg instanceof vscode.Uri) return arg;
  const posting = (arg as { posting?: { uri?: unknown } } | undefined)?.posting;
  return posting?.uri instanceof vscode.Uri ? posting.uri : undefined;
};

async function analysisOf(checker: ReviewChecker, uri: vscode.Uri): Promise<PostingAnalysis | string> {
  await checker.ready();
  const read = await readPosting(uri, readSettings(uri).maxFileSize);
  if (!read) return `${displayName(uri)} cannot be read`;
  if ('tooLarge' in read) return `${displayName(uri)} is larger than postingLens.maxFileSize`;
  const config = await checker.configs.forUri(uri);
  return checker.analyze(read.text, config, formatOf(read.document), uri.path);
}

/** The Markdown of the comparison, or a one-line reason it cannot be made. */
export async function comparePostings(checker: ReviewChecker, a: vscode.Uri, b: vscode.Uri): Promise<{ markdown: string } | { error: string }> {
  const [engine, before, after] = await Promise.all([loadReviewEngine(), analysisOf(checker, a), analysisOf(checker, b)]);
  if (typeof before === 'string') return { error: before };
  if (typeof after === 'string') return { error: after };
  return { markdown: engine.renderDiffMarkdown(engine.diffPostings(before, after), displayName(a), displayName(b)) };
}

export function registerCompareCommand(context: vscode.ExtensionContext, checker: ReviewChecker, index: PostingsIndex): { last(): string | undefined } {
  const documents = new ComparisonDocuments();
  let last: string | undefined;
  let count = 0;
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, documents),
    vscode.commands.registerCommand(COMPARE_COMMAND, async (arg?: unknown, other?: unknown) => {
      const active = vscode.window.activeTextEditor?.document;
      const base = uriOf(arg) ?? (isPosting(active) ? active.uri : undefined);
      if (!base) {
        void vscode.window.showInformationMessage('Posting Lens: open a job posting first, or run this from the Postings view.');
        return undefined;
      }
      let target = uriOf(other);
      if (!target) {
        await index.whenIdle();
        const picks = index
          .postings()
          .filter((p) => p.uri.toString() !== base.toString() && p.state !== 'binary' && p.state !== 'unreadable')
          .map((p) => ({ label: p.name, description: p.title ?? undefined, uri: p.uri }));
        if (!picks.length) {
          void vscode.window.showInformationMessage('Posting Lens: there is no other posting in the workspace to compare with.');
          return undefined;
        }
        const picked = await vscode.window.showQuickPick(picks, { title: `Compare ${displayName(base)} With…`, placeHolder: 'The posting to compare with', matchOnDescription: true });
        if (!picked) return undefined;
        target = picked.uri;
      }
      const result = await comparePostings(checker, base, target);
      if ('error' in result) {
        void vscode.window.showWarningMessage(`Posting Lens: ${result.error}.`);
        return undefined;
      }
      last = result.markdown;
      const name = `${displayName(base)} ↔ ${displayName(target)}`.replace(/[/\\]/g, '∕');
      const uri = vscode.Uri.from({ scheme: COMPARE_SCHEME, path: `/${name}.md`, query: String(++count) });
      documents.texts.set(uri.toString(), result.markdown);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return result.markdown;
    }),
    vscode.workspace.onDidCloseTextDocument((d) => d.uri.scheme === COMPARE_SCHEME && documents.texts.delete(d.uri.toString())),
  );
  return { last: () => last };
}
