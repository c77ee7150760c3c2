export { diffPostings, isEmptyDiff, type PostingDiff, type SectionRef } from './diff.ts';
export { renderDiffMarkdown, renderDiffText } from './render-diff.ts';
export { StatsAccumulator, type PairStat, type RepoStats, type SkillStat, type StatsSnapshot } from './stats.ts';
