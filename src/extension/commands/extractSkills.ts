// "Posting Lens: Extract Skills" and its variants: the active posting (or the file a menu passes), a
// posting picked from the workspace, every posting of the workspace, or one section (Sections view).
// The result opens in a new untitled editor in the chosen format.
import * as vscode from 'vscode';
import type { ActivePosting } from '../activePosting.ts';
import type { AnalysisService } from '../analysis.ts';
import { engineNow } from '../engine.ts';
import { extractPosting, FORMAT_CHOICES, renderReport, sectionAnalysis, showReport, type ExtractedPosting } from '../extractReport.ts';
import type { GlossaryService } from '../glossaries.ts';
import { displayName, isPosting } from '../language.ts';
import { readSettings, type ExtractFormat } from '../settings.ts';
import type { SectionNode } from '../views/sectionsView.ts';
import { findPostingFiles } from '../workspacePostings.ts';

export interface ExtractOptions {
  /** Skip the format setting and the quick pick (tests, other extensions). */
  format?: ExtractFormat;
}

interface Deps {
  analyses: AnalysisService;
  glossaries: GlossaryService;
  active: ActivePosting;
}

/** The format: from the options, else the setting, else (setting "ask", or `ask`) a quick pick. */
async function chooseFormat(options: ExtractOptions | undefined, ask: boolean, scope?: vscode.Uri): Promise<ExtractFormat | undefined> {
  if (options?.format) return options.format;
  const setting = readSettings(scope).extractFormat;
  if (!ask && setting !== 'ask') return setting;
  const picked = await vscode.window.showQuickPick(
    FORMAT_CHOICES.map((c) => ({ ...c, description: c.format === setting ? 'default' : undefined })),
    { title: 'Extract Skills', placeHolder: 'Format of the report' },
  );
  return picked?.format;
}

async function pickPosting(): Promise<vscode.Uri | undefined> {
  const files = await findPostingFiles();
  if (!files.length) {
    void vscode.window.showInformationMessage('Posting Lens found no postings in this workspace (*.posting, *.jd, *.posting.md, … or files mapped to "Job Posting").');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: displayName(uri), uri })),
    { title: 'Extract Skills', placeHolder: 'Posting to extract skills from', matchOnDescription: true },
  );
  return picked?.uri;
}

async function report(postings: ExtractedPosting[], format: ExtractFormat): Promise<vscode.TextDocument | undefined> {
  if (!postings.some((p) => p.json)) {
    const why = postings.map((p) => `${p.id}: ${p.skipped}`).join('; ');
    void vscode.window.showWarningMessage(`Posting Lens: nothing to extract${why ? ` (${why})` : ''}.`);
    return undefined;
  }
  return showReport(renderReport(postings, format), format);
}

export function registerExtractCommands(context: vscode.ExtensionContext, deps: Deps): void {
  const { analyses, glossaries, active } = deps;
  const extractOne = async (uri: vscode.Uri | undefined, options: ExtractOptions | undefined, ask: boolean) => {
    const target = uri instanceof vscode.Uri ? uri : (active.document?.uri ?? (await pickPosting()));
    if (!target) return undefined;
    const format = await chooseFormat(options, ask, target);
    if (!format) return undefined;
    return report([await extractPosting(target, analyses, glossaries)], format);
  };
  const extractAll = async (options?: ExtractOptions) => {
    const files = await findPostingFiles();
    const format = await chooseFormat(options, false);
    if (!format) return undefined;
    const postings = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Posting Lens: extracting skills', cancellable: true },
      async (progress, token) => {
        const out: ExtractedPosting[] = [];
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: displayName(uri), increment: 100 / files.length });
          out.push(await extractPosting(uri, analyses, glossaries));
        }
        return out;
      },
    );
    return report(postings, format);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('postingLens.extractSkills', (uri?: vscode.Uri, options?: ExtractOptions) => extractOne(uri, options, false)),
    vscode.commands.registerCommand('postingLens.extractSkillsAs', (uri?: vscode.Uri, options?: ExtractOptions) => extractOne(uri, options, true)),
    vscode.commands.registerCommand('postingLens.extractSkillsFromPosting', async (options?: ExtractOptions) => {
      const uri = await pickPosting();
      return uri ? extractOne(uri, options, false) : undefined;
    }),
    vscode.commands.registerCommand('postingLens.extractSkillsFromWorkspace', (options?: ExtractOptions) => extractAll(options)),
    vscode.commands.registerCommand('postingLens.sections.extractSkills', async (node?: SectionNode, options?: ExtractOptions) => {
      const document = active.document;
      const state = active.state;
      if (!node || node.type !== 'section' || !document || !isPosting(document) || state?.kind !== 'ok') return undefined;
      const format = await chooseFormat(options, false, document.uri);
      if (!format) return undefined;
      const id = `${displayName(document.uri)} § ${node.section.title.trim() || '(preamble)'}`;
      return report([{ id, json: engineNow().toPostingJson(sectionAnalysis(state.analysis, node.section), document.getText(), id) }], format);
    }),
  );
}
