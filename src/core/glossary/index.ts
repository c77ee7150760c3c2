export { parseGlossary } from './parse.ts';
export { mergeGlossaries } from './merge.ts';
export { compileGlossary, type CompiledGlossary } from './compile.ts';
export { findMentions, type MentionMemo, type RawMention } from './match.ts';
export { builtInEntries, builtInGlossary } from './builtin.ts';
