// "Posting Lens: Reload Glossaries": reads the user glossaries again (they also reload on change).
import * as vscode from 'vscode';
import type { GlossaryService } from '../glossaries.ts';

export function registerReloadGlossariesCommand(context: vscode.ExtensionContext, glossaries: GlossaryService): void {
  context.subscriptions.push(vscode.commands.registerCommand('postingLens.reloadGlossaries', () => glossaries.reload()));
}
