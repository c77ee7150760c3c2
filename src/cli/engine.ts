/** The CLI's one call into the engine: text in, the JSON contract out (with the CLI's filters applied). */
import { analyzePosting, type CompiledGlossary } from '../core/index.ts';
import { toPostingJson, type JsonSection, type PostingJson } from '../core/format/index.ts';
import type { Level } from '../core/types.ts';

export type InputFormat = 'auto' | 'markdown' | 'text';

export interface ExtractSettings {
  glossary: CompiledGlossary;
  inputFormat: InputFormat;
  /** Keep only skills at these levels (null: all). */
  levels: readonly Level[] | null;
  /** Drop sections of kind `noise` (page debris of scraped postings). */
  noNoise: boolean;
}

export function extractPosting(id: string, text: string, fileName: string | undefined, settings: ExtractSettings): PostingJson {
  const analysis = analyzePosting(text, {
    glossary: settings.glossary,
    format: settings.inputFormat,
    ...(fileName ? { fileName } : {}),
  });
  const json = toPostingJson(analysis, text, id);
  if (settings.levels) {
    const keep = new Set(settings.levels);
    json.skills = json.skills.filter((s) => keep.has(s.level));
  }
  if (settings.noNoise) json.sections = dropNoise(json.sections);
  return json;
}

function dropNoise(sections: JsonSection[]): JsonSection[] {
  return sections.filter((s) => s.kind !== 'noise').map((s) => ({ ...s, children: dropNoise(s.children) }));
}
