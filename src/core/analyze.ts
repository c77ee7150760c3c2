import type { Level, Mention, PostingAnalysis, Requirements, Skill, Span } from './types.ts';
import { extractSections } from './sections/index.ts';
import { builtInGlossary, findMentions, type CompiledGlossary, type MentionMemo } from './glossary/index.ts';
import { createLevelReader, strongest, type CueMemo } from './levels.ts';
import { extractRequirements } from './requirements/index.ts';
import type { FinderMemo } from './requirements/context.ts';
import { createGenerations } from './generations.ts';
import { createSectionMemo, type SectionMemo } from './sections/memo.ts';

export interface AnalyzeOptions {
  /** The glossary to find skills with (default: the built-in one). */
  glossary?: CompiledGlossary;
  format?: 'markdown' | 'text' | 'auto';
  fileName?: string;
  /**
   * What the analysis of this document's previous version left (from `createAnalysisMemo()`, one
   * per document): the parts of the text an edit did not touch are not read again. The result is
   * the same as without it.
   */
  memo?: AnalysisMemo;
}

/** Kept between analyses of one document as it is edited; opaque. */
export interface AnalysisMemo {
  readonly sections: SectionMemo;
  readonly mentions: MentionMemo;
  readonly finders: FinderMemo;
  readonly cues: CueMemo;
}

export function createAnalysisMemo(): AnalysisMemo {
  return { sections: createSectionMemo(), mentions: {}, finders: createGenerations(), cues: createGenerations() };
}

const RANK: Record<Level, number> = { required: 0, preferred: 1, mentioned: 2 };

export function emptyRequirements(): Requirements {
  return { minYears: null, experience: [], degrees: [], languages: [], workAuthorization: [], locations: [], workMode: null, seniority: null, compensation: [] };
}

/** Skills from mentions: one per glossary entry, strongest level, sorted by level then first mention. */
function skillsOf(mentions: readonly Mention[], glossary: CompiledGlossary): Skill[] {
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byId.get(m.skillId);
    if (list) list.push(m);
    else byId.set(m.skillId, [m]);
  }
  const skills: Skill[] = [];
  for (const [id, list] of byId) {
    const entry = glossary.entries.get(id);
    skills.push({
      id,
      name: entry?.name ?? list[0]!.text,
      category: entry?.category ?? '',
      kind: entry?.kind ?? 'concept',
      level: strongest(list.map((m) => m.level)),
      mentions: list,
    });
  }
  return skills.sort((a, b) => RANK[a.level] - RANK[b.level] || a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}

/** A field naming the employer's industry or a department: "Industries", "Sector: IT, Software Development". */
const INDUSTRY_LABEL = /^[\s*_#]*(?:industr(?:y|ies)(?:\s+type)?|sectors?|markets?|department|functional\s+area|branche)[\s*_]*[:：]/i;
/** …or a label alone on the line before it; LinkedIn's company card puts the industry right after "Follow". */
const INDUSTRY_HEADING = /^[\s*_#]*(?:industr(?:y|ies)|sectors?|markets?|follow)[\s*_]*$/i;

/**
 * For offsets in increasing order: does the mention at `at` stand in the value of an industry field,
 * on the label's line or on the line after a label that stands alone ("Markets" / "Marketplaces ·
 * Travel · SaaS")? An employer's market is no skill of the job. Each line is judged once for all
 * the mentions on it, so a long line full of mentions costs no more than its length.
 */
function industryFieldReader(text: string): (at: number) => boolean {
  let lineStart = 0;
  let lineEnd = -1; // the judged line is [lineStart, lineEnd)
  let inField = false;
  return (at) => {
    if (at >= lineStart && at < lineEnd) return inField;
    lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const next = text.indexOf('\n', at);
    lineEnd = next < 0 ? text.length : next;
    inField = INDUSTRY_LABEL.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
    if (!inField) {
      // The previous non-blank line, if it is a label of at most 40 characters.
      let end = lineStart - 1;
      while (end > 0 && lineStart - end < 200 && /\s/.test(text[end - 1]!)) end--;
      const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : end;
      inField = end > 0 && end - start <= 40 && INDUSTRY_HEADING.test(text.slice(start, end));
    }
    return inField;
  };
}

/** Glossary ids of the mentions inside a span (mentions sorted by start). */
function idsWithin(mentions: readonly Mention[], span: Span): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.span.start < span.end; i++) {
    const m = mentions[i]!;
    if (m.span.end <= span.end && !ids.includes(m.skillId)) ids.push(m.skillId);
  }
  return ids;
}

/**
 * Analyses one job posting: its sections, the skills it names (each mention with its level and
 * section) and what it asks of a candidate. Pure and synchronous; never throws.
 */
export function analyzePosting(text: string, options: AnalyzeOptions = {}): PostingAnalysis {
  const input = typeof text === 'string' ? text : '';
  const opts = options ?? {};
  const extracted = extractSections(input, { format: opts.format ?? 'auto', ...(opts.fileName ? { fileName: opts.fileName } : {}), ...(opts.memo ? { memo: opts.memo.sections } : {}) });
  const analysis: PostingAnalysis = {
    title: extracted.title,
    company: extracted.company,
    format: extracted.format,
    sections: extracted.sections,
    skills: [],
    requirements: emptyRequirements(),
  };
  let glossary: CompiledGlossary | undefined;
  let mentions: Mention[] = [];
  // One reader for the skills and the requirements: each sentence's cues are read once.
  const levelOf = createLevelReader(input, analysis.sections, opts.memo?.cues);
  const inIndustryField = industryFieldReader(input);
  try {
    glossary = opts.glossary ?? builtInGlossary();
    for (const raw of findMentions(input, glossary, undefined, opts.memo?.mentions)) {
      const at = levelOf(raw.span);
      // "9 of 10 skills match your profile" and other page furniture name no skills.
      if (at.path.some((s) => s.kind === 'noise')) continue;
      // Nor do the legal notices ("we use artificial intelligence to screen applicants", "we process
      // your data under the GDPR"), except for a credential they require (a security clearance).
      if (at.path.some((s) => s.kind === 'legal') && glossary.entries.get(raw.entryId)?.kind !== 'credential') continue;
      if (inIndustryField(raw.span.start)) continue;
      mentions.push({ skillId: raw.entryId, span: raw.span, text: raw.text, level: at.level, section: at.path[at.path.length - 1]?.title ?? '' });
    }
    analysis.skills = skillsOf(mentions, glossary);
  } catch {
    mentions = [];
    analysis.skills = [];
  }
  try {
    analysis.requirements = extractRequirements(input, analysis.sections, { title: analysis.title, skillIdsIn: (span) => idsWithin(mentions, span), levelOf, ...(opts.memo ? { memo: opts.memo.finders } : {}) });
  } catch {
    analysis.requirements = emptyRequirements();
  }
  return analysis;
}
