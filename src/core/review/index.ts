export { diffPostings, isEmptyDiff, type PostingDiff, type SectionRef } from './diff.ts';
export { renderDiffMarkdown, renderDiffText } from './render-diff.ts';
export { renderDiffJson } from './diff-json.ts';
export { StatsAccumulator, type PairStat, type RepoStats, type SkillStat, type StatsSnapshot } from './stats.ts';
export { PAIRS_CSV_COLUMNS, STATS_CSV_COLUMNS, renderStatsCsv, renderStatsJson, renderStatsTable } from './stats-render.ts';
export { DEFAULT_IGNORE, createIgnoreMatcher, type IgnoreMatcher } from './ignore.ts';
export { applySafeFixes, type AppliedFixes } from './fix.ts';
