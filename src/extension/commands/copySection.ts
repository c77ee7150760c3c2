// "Copy Section" (Sections view context menu): the section's text, heading included, to the clipboard.
import * as vscode from 'vscode';
import type { ActivePosting } from '../activePosting.ts';
import { toRange } from '../convert.ts';
import type { SectionNode } from '../views/sectionsView.ts';

export function registerCopySectionCommand(context: vscode.ExtensionContext, active: ActivePosting): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingLens.sections.copy', async (node?: SectionNode): Promise<string | undefined> => {
      const document = active.document;
      if (!node || !document) return undefined;
      const span = node.type === 'section' ? node.section.span : node.item.span;
      const text = document.getText(toRange(document, span)).trimEnd();
      await vscode.env.clipboard.writeText(text);
      return text;
    }),
  );
}
