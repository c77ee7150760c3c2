import type { Level, PostingAnalysis, Requirements, Section, SectionKind, Skill } from '../../../src/core/types.ts';

/** Hand-built analyses for tests of code that consumes PostingAnalysis. */
export function emptyRequirements(): Requirements {
  return { minYears: null, experience: [], degrees: [], languages: [], workAuthorization: [], locations: [], workMode: null, seniority: null, compensation: [] };
}

export function section(title: string, kind: SectionKind, start: number, end: number, children: Section[] = [], items: string[] = []): Section {
  return {
    title,
    kind,
    span: { start, end },
    headingSpan: { start, end: start + title.length },
    depth: 1,
    children,
    items: items.map((text, i) => ({ text, span: { start: start + i, end: start + i + 1 }, bullet: '-' })),
  };
}

export function skill(id: string, level: Level, name = id, mentions: { text: string; level: Level; start: number; section?: string }[] = []): Skill {
  return {
    id,
    name,
    category: 'test',
    kind: 'tool',
    level,
    mentions: mentions.map((m) => ({ skillId: id, text: m.text, level: m.level, span: { start: m.start, end: m.start + m.text.length }, section: m.section ?? '' })),
  };
}

export function analysis(parts: Partial<Omit<PostingAnalysis, 'requirements'>> & { requirements?: Partial<Requirements> } = {}): PostingAnalysis {
  return {
    title: parts.title ?? null,
    company: parts.company ?? null,
    format: parts.format ?? 'text',
    sections: parts.sections ?? [],
    skills: parts.skills ?? [],
    requirements: { ...emptyRequirements(), ...parts.requirements },
  };
}
