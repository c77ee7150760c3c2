// Outline, breadcrumbs and Go to Symbol from the posting's sections; one folding range per section.
import * as vscode from 'vscode';
import type { Section, SectionKind } from '../core/types.ts';
import type { AnalysisService } from './analysis.ts';
import { toRange } from './convert.ts';
import { postingSelector } from './language.ts';

export const PREAMBLE_TITLE = '(preamble)';

const SYMBOL_KIND: Partial<Record<SectionKind, vscode.SymbolKind>> = {
  requirements: vscode.SymbolKind.Interface,
  preferred: vscode.SymbolKind.Interface,
  skills: vscode.SymbolKind.Interface,
  responsibilities: vscode.SymbolKind.Function,
  compensation: vscode.SymbolKind.Number,
  benefits: vscode.SymbolKind.Event,
  noise: vscode.SymbolKind.Null,
};

export function registerSymbolSupport(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      postingSelector,
      {
        async provideDocumentSymbols(document) {
          const state = await analyses.analysis(document);
          return state.kind === 'ok' ? state.analysis.sections.map((s) => toSymbol(document, s)) : [];
        },
      },
      { label: 'Posting sections' },
    ),
    vscode.languages.registerFoldingRangeProvider(postingSelector, {
      async provideFoldingRanges(document) {
        const state = await analyses.analysis(document);
        const out: vscode.FoldingRange[] = [];
        if (state.kind === 'ok') for (const s of state.analysis.sections) addFolds(document, s, out);
        return out;
      },
    }),
  );
}

function toSymbol(document: vscode.TextDocument, section: Section): vscode.DocumentSymbol {
  const range = toRange(document, section.span);
  const heading = toRange(document, section.headingSpan);
  const symbol = new vscode.DocumentSymbol(
    section.title.trim() || PREAMBLE_TITLE,
    section.kind,
    SYMBOL_KIND[section.kind] ?? vscode.SymbolKind.String,
    range,
    range.contains(heading) ? heading : range.with(range.start, range.start),
  );
  symbol.children = section.children.map((c) => toSymbol(document, c));
  return symbol;
}

/** A section folds from its heading line to its last non-blank line. */
function addFolds(document: vscode.TextDocument, section: Section, out: vscode.FoldingRange[]): void {
  const range = toRange(document, section.span);
  let end = range.end.line;
  if (range.end.character === 0 && end > range.start.line) end--;
  while (end > range.start.line && document.lineAt(end).isEmptyOrWhitespace) end--;
  if (end > range.start.line) out.push(new vscode.FoldingRange(range.start.line, end, vscode.FoldingRangeKind.Region));
  for (const c of section.children) addFolds(document, c, out);
}
