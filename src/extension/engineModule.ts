// Everything the extension runs from the core. Only engine.ts imports this file, and only with a
// dynamic import(), so the bundle evaluates the core (glossary data, tables) on first use instead of
// at activation.
export { analyzePosting, createAnalysisMemo } from '../core/analyze.ts';
export { builtInEntries, builtInGlossary, compileGlossary, findMentions, mergeGlossaries, parseGlossary } from '../core/glossary/index.ts';
export { createLineIndex } from '../core/lines.ts';
export { renderPostings, toPostingJson } from '../core/format/index.ts';
