// What "Extract Skills" produces: the core's JSON contract of one or more postings, rendered by the
// core's formats (Markdown table, JSON, YAML, CSV). Also the subset of an analysis inside one section.
import * as vscode from 'vscode';
import type { PostingJson } from '../core/format/index.ts';
import type { PostingAnalysis, Section, Span } from '../core/types.ts';
import { analyzeText, type AnalysisService } from './analysis.ts';
import { engineNow } from './engine.ts';
import type { GlossaryService } from './glossaries.ts';
import { displayName, formatOf, isPosting } from './language.ts';
import type { ExtractFormat } from './settings.ts';
import { readSettings } from './settings.ts';
import { readPosting } from './workspacePostings.ts';

export const FORMAT_CHOICES: { format: ExtractFormat; label: string; detail: string; language: string }[] = [
  { format: 'markdown', label: 'Markdown table', detail: 'Sections, a skills table and the requirements', language: 'markdown' },
  { format: 'json', label: 'JSON', detail: 'The posting-lens JSON contract (schema/posting-result.schema.json)', language: 'json' },
  { format: 'yaml', label: 'YAML', detail: 'The same data as YAML', language: 'yaml' },
  { format: 'csv', label: 'CSV', detail: 'One row per skill mention', language: 'plaintext' },
];

export interface ExtractedPosting {
  json?: PostingJson;
  /** Why the posting was left out ("too large", "binary", "unreadable"). */
  skipped?: string;
  id: string;
}

/** Analysis of one posting for a report: the open document's cached analysis, else the file's. */
export async function extractPosting(uri: vscode.Uri, analyses: AnalysisService, glossaries: GlossaryService): Promise<ExtractedPosting> {
  const id = displayName(uri);
  await analyses.ready();
  await glossaries.prepare(uri);
  const { toPostingJson } = engineNow();
  const posting = await readPosting(uri, readSettings(uri).maxFileSize);
  if (!posting) return { id, skipped: 'could not be read' };
  if ('tooLarge' in posting) return { id, skipped: 'larger than postingLens.maxFileSize' };
  const state = posting.document && isPosting(posting.document) ? analyses.get(posting.document) : undefined;
  if (state && state.kind !== 'ok') return { id, skipped: state.kind === 'binary' ? 'binary content' : 'larger than postingLens.maxFileSize' };
  if (!state && posting.text.includes('\0')) return { id, skipped: 'binary content' };
  const format = formatOf(posting.document);
  const ok = state ?? analyzeText(posting.text, 0, { glossaries, uri, format, fileName: uri.path });
  if (ok.kind !== 'ok') return { id, skipped: 'not analysed' };
  return { id, json: toPostingJson(ok.analysis, posting.text, id) };
}

/** The report text; postings that were skipped are named at the end (as a comment where the format has one). */
export function renderReport(postings: readonly ExtractedPosting[], format: ExtractFormat): string {
  const ok = postings.flatMap((p) => (p.json ? [p.json] : []));
  let text = engineNow().renderPostings(ok, format);
  const skipped = postings.filter((p) => p.skipped);
  if (skipped.length && format !== 'json' && format !== 'csv') {
    const note = skipped.map((p) => `${p.id}: ${p.skipped}`).join('; ');
    text += format === 'yaml' ? `# not analysed: ${note}\n` : `\n_Not analysed: ${note.replace(/[\\`*_[\]<>|]/g, '\\$&')}_\n`;
  }
  return text;
}

/** The analysis restricted to one section: its skills' mentions and the requirements inside it. */
export function sectionAnalysis(analysis: PostingAnalysis, section: Section): PostingAnalysis {
  const within = (span: Span) => span.start >= section.span.start && span.end <= section.span.end;
  const r = analysis.requirements;
  const experience = r.experience.filter((e) => within(e.span));
  return {
    ...analysis,
    sections: [section],
    skills: analysis.skills.map((s) => ({ ...s, mentions: s.mentions.filter((m) => within(m.span)) })).filter((s) => s.mentions.length),
    requirements: {
      minYears: experience.filter((e) => e.level === 'required').reduce<number | null>((max, e) => Math.max(max ?? 0, e.minYears), null),
      experience,
      degrees: r.degrees.filter((d) => within(d.span)),
      languages: r.languages.filter((l) => within(l.span)),
      workAuthorization: r.workAuthorization.filter((e) => within(e.span)),
      locations: r.locations.filter((e) => within(e.span)),
      workMode: r.workMode && within(r.workMode.span) ? r.workMode : null,
      seniority: r.seniority && within(r.seniority.span) ? r.seniority : null,
      compensation: r.compensation.filter((e) => within(e.span)),
    },
  };
}

/** Opens the report in a new untitled editor beside nothing (the active column). */
export async function showReport(text: string, format: ExtractFormat): Promise<vscode.TextDocument> {
  const language = FORMAT_CHOICES.find((c) => c.format === format)?.language ?? 'plaintext';
  const document = await vscode.workspace.openTextDocument({ content: text, language });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
