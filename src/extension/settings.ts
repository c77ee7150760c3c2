// Settings are read here, at the edge, and passed into the core and the features as plain values.
import * as vscode from 'vscode';

export const EXTRACT_FORMATS = ['markdown', 'json', 'yaml', 'csv'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];
export type OverwritePolicy = 'ask' | 'always' | 'never';
export type SkillGrouping = 'level' | 'category';

export interface PostingLensSettings {
  /** Largest posting (in characters) that is analysed. */
  maxFileSize: number;
  showNoiseSections: boolean;
  extractFormat: ExtractFormat | 'ask';
  overwrite: OverwritePolicy;
  /** Extra glossary files: absolute, or relative to the workspace folder. */
  glossaries: string[];
  skillsGroupBy: SkillGrouping;
  statusBar: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 1_000_000;

export function readSettings(scope?: vscode.ConfigurationScope): PostingLensSettings {
  const c = vscode.workspace.getConfiguration('postingLens', scope);
  const format = c.get<string>('extract.format', 'markdown');
  const overwrite = c.get<string>('extract.overwrite', 'ask');
  const size = c.get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE);
  return {
    maxFileSize: Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE,
    showNoiseSections: c.get<boolean>('sections.showNoise', false),
    extractFormat: format === 'ask' || (EXTRACT_FORMATS as readonly string[]).includes(format) ? (format as ExtractFormat | 'ask') : 'markdown',
    overwrite: overwrite === 'always' || overwrite === 'never' ? overwrite : 'ask',
    glossaries: (c.get<unknown[]>('glossaries', []) ?? []).filter((g): g is string => typeof g === 'string' && g.trim() !== ''),
    skillsGroupBy: c.get<string>('skills.groupBy', 'level') === 'category' ? 'category' : 'level',
    statusBar: c.get<boolean>('statusBar.enabled', true),
  };
}
