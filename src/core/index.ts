/**
 * The public API of the Posting Lens core: pure functions from text (and data) to plain data.
 * No `vscode`, no Node built-ins. The output formats (`format/`), the checks (`rules/`) and the
 * comparison of two versions (`review/`) have index modules of their own.
 */
export * from './types.ts';
export { createLineIndex, type LineIndex } from './lines.ts';
export { analyzePosting, createAnalysisMemo, type AnalysisMemo, type AnalyzeOptions } from './analyze.ts';
export { levelAt, strongest, sectionsAt, levelContextAt, createLevelReader, type LevelContext } from './levels.ts';
export {
  extractRequirements,
  findExperience,
  findDegrees,
  findLanguages,
  findWorkAuthorization,
  findLocations,
  findWorkMode,
  findSeniority,
  findCompensation,
  type RequirementOptions,
  type Pay,
} from './requirements/index.ts';
export { extractSections, classifyHeading, sectionPathAt, type SectionExtraction, type ExtractOptions } from './sections/index.ts';
export {
  parseGlossary,
  mergeGlossaries,
  compileGlossary,
  findMentions,
  builtInEntries,
  builtInGlossary,
  type CompiledGlossary,
  type RawMention,
} from './glossary/index.ts';
