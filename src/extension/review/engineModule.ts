// The reviewer part of the core, loaded lazily like ../engineModule.ts (only engine.ts imports it).
export { checkPosting } from '../../core/rules/index.ts';
export { resolveConfig, configSearchPath } from '../../core/rules/resolve.ts';
export { applySafeFixes, diffPostings, renderDiffMarkdown } from '../../core/review/index.ts';
