// "Posting Lens: Extract Skills to File": writes `<name>.skills.yaml` next to the posting through
// vscode.workspace.fs, atomically (a temporary file renamed over the target), and asks before
// overwriting (`postingLens.extract.overwrite`: ask, always, never).
import * as vscode from 'vscode';
import type { ActivePosting } from '../activePosting.ts';
import type { AnalysisService } from '../analysis.ts';
import { extractPosting, renderReport } from '../extractReport.ts';
import type { GlossaryService } from '../glossaries.ts';
import { readSettings } from '../settings.ts';

const POSTING_SUFFIX = /(\.(posting|jd))?\.(md|markdown|txt|text|posting|jd)$/i;

/** `foo.posting.md` → `foo.skills.yaml`, `000_x.txt` → `000_x.skills.yaml`, next to the posting. */
export function sidecarUri(posting: vscode.Uri): vscode.Uri {
  const name = posting.path.slice(posting.path.lastIndexOf('/') + 1);
  const base = name.replace(POSTING_SUFFIX, '') || name;
  return vscode.Uri.joinPath(posting, '..', `${base}.skills.yaml`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks (modal) whether to replace an existing sidecar. */
async function confirmOverwrite(target: vscode.Uri): Promise<boolean> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const answer = await vscode.window.showWarningMessage(
    `${name} already exists. Overwrite it?`,
    { modal: true, detail: 'Posting Lens will replace it with the skills extracted from the posting now.' },
    'Overwrite',
  );
  return answer === 'Overwrite';
}

/** Writes text to a temporary sibling, then renames it over the target. */
export async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = vscode.Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

export function registerExtractToFileCommand(context: vscode.ExtensionContext, deps: { analyses: AnalysisService; glossaries: GlossaryService; active: ActivePosting }): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingLens.extractSkillsToFile', async (uri?: vscode.Uri): Promise<vscode.Uri | undefined> => {
      const posting = uri instanceof vscode.Uri ? uri : deps.active.document?.uri;
      if (!posting) {
        void vscode.window.showInformationMessage('Posting Lens: open a posting to extract its skills to a file.');
        return undefined;
      }
      if (posting.scheme === 'untitled') {
        void vscode.window.showInformationMessage('Posting Lens: save the posting first; the skills file is written next to it.');
        return undefined;
      }
      const target = sidecarUri(posting);
      if (await exists(target)) {
        const policy = readSettings(posting).overwrite;
        if (policy === 'never' || (policy === 'ask' && !(await confirmOverwrite(target)))) return undefined;
      }
      const extracted = await extractPosting(posting, deps.analyses, deps.glossaries);
      if (!extracted.json) {
        void vscode.window.showWarningMessage(`Posting Lens: ${extracted.id} was not analysed (${extracted.skipped}).`);
        return undefined;
      }
      await writeAtomically(target, renderReport([extracted], 'yaml'));
      const name = vscode.workspace.asRelativePath(target, false);
      void vscode.window.showInformationMessage(`Posting Lens wrote ${name}.`, 'Open').then((a) => a && vscode.window.showTextDocument(target));
      return target;
    }),
  );
}
