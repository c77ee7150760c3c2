/**
 * The JSON contract: what `posting-lens extract --format json` prints for one posting, and what the
 * extension's "Extract Skills" writes. Shipped as `schema/posting-result.schema.json` and pinned by
 * tests — change it only additively, and bump {@link POSTING_JSON_VERSION} when you do.
 *
 * Positions: sections and items carry `range` (0-based line/character); everything found in the text
 * (mentions, requirements) carries flat `start`/`end` (UTF-16 offsets into the original text, end
 * exclusive) plus the `line`/`character` of `start`.
 */
import { createLineIndex, type LineIndex } from '../lines.ts';
import type {
  DegreeLevel,
  EntryKind,
  Level,
  LineRange,
  PostingAnalysis,
  PostingFormat,
  Section,
  SectionKind,
  Seniority,
  Span,
  WorkMode,
} from '../types.ts';

export const POSTING_JSON_VERSION = 1;

/** Where something is in the original text. */
export interface JsonLocation {
  start: number;
  end: number;
  line: number;
  character: number;
}

export interface JsonItem {
  text: string;
  range: LineRange;
  bullet: string | null;
}

export interface JsonSection {
  title: string;
  kind: SectionKind;
  range: LineRange;
  children: JsonSection[];
  items: JsonItem[];
}

export interface JsonMention extends JsonLocation {
  text: string;
  level: Level;
  section: string;
}

export interface JsonSkill {
  id: string;
  name: string;
  category: string;
  kind: EntryKind;
  level: Level;
  mentions: JsonMention[];
}

export interface JsonExperience extends JsonLocation {
  text: string;
  minYears: number;
  maxYears: number | null;
  subject: string;
  skillIds: string[];
  level: Level;
}

export interface JsonDegree extends JsonLocation {
  text: string;
  degree: DegreeLevel;
  fields: string[];
  equivalentExperience: boolean;
  level: Level;
}

export interface JsonLanguage extends JsonLocation {
  language: string;
  level: Level;
}

export interface JsonEvidence<T> extends JsonLocation {
  value: T;
  text: string;
}

export interface JsonCompensation {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}

export interface JsonRequirements {
  minYears: number | null;
  experience: JsonExperience[];
  degrees: JsonDegree[];
  languages: JsonLanguage[];
  workAuthorization: JsonEvidence<{ sponsorship: boolean | null }>[];
  locations: JsonEvidence<string>[];
  workMode: JsonEvidence<WorkMode> | null;
  seniority: JsonEvidence<Seniority> | null;
  compensation: JsonEvidence<JsonCompensation>[];
}

export interface PostingJson {
  id: string;
  title: string | null;
  company: string | null;
  format: PostingFormat;
  sections: JsonSection[];
  skills: JsonSkill[];
  requirements: JsonRequirements;
}

/** Converts one analysis to the JSON contract. `text` is the original text the analysis was made of. */
export function toPostingJson(analysis: PostingAnalysis, text: string, id: string): PostingJson {
  const lines = createLineIndex(text);
  const at = (span: Span): JsonLocation => {
    const p = lines.positionAt(span.start);
    return { start: span.start, end: span.end, line: p.line, character: p.character };
  };
  const r = analysis.requirements;
  return {
    id,
    title: analysis.title,
    company: analysis.company,
    format: analysis.format,
    sections: analysis.sections.map((s) => toJsonSection(s, lines)),
    skills: analysis.skills.map((skill) => ({
      id: skill.id,
      name: skill.name,
      category: skill.category,
      kind: skill.kind,
      level: skill.level,
      mentions: skill.mentions.map((m) => ({ ...at(m.span), text: m.text, level: m.level, section: m.section })),
    })),
    requirements: {
      minYears: r.minYears,
      experience: r.experience.map((e) => ({
        ...at(e.span),
        text: e.text,
        minYears: e.minYears,
        maxYears: e.maxYears,
        subject: e.subject,
        skillIds: [...e.skillIds],
        level: e.level,
      })),
      degrees: r.degrees.map((d) => ({
        ...at(d.span),
        text: d.text,
        degree: d.degree,
        fields: [...d.fields],
        equivalentExperience: d.equivalentExperience,
        level: d.level,
      })),
      languages: r.languages.map((l) => ({ ...at(l.span), language: l.language, level: l.level })),
      workAuthorization: r.workAuthorization.map((e) => ({ ...at(e.span), value: { sponsorship: e.value.sponsorship }, text: e.text })),
      locations: r.locations.map((e) => ({ ...at(e.span), value: e.value, text: e.text })),
      workMode: r.workMode ? { ...at(r.workMode.span), value: r.workMode.value, text: r.workMode.text } : null,
      seniority: r.seniority ? { ...at(r.seniority.span), value: r.seniority.value, text: r.seniority.text } : null,
      compensation: r.compensation.map((e) => ({
        ...at(e.span),
        value: { min: e.value.min, max: e.value.max, currency: e.value.currency, period: e.value.period },
        text: e.text,
      })),
    },
  };
}

function toJsonSection(section: Section, lines: LineIndex): JsonSection {
  return {
    title: section.title,
    kind: section.kind,
    range: lines.rangeOf(section.span),
    children: section.children.map((c) => toJsonSection(c, lines)),
    items: section.items.map((item) => ({ text: item.text, range: lines.rangeOf(item.span), bullet: item.bullet })),
  };
}
