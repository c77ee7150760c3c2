/**
 * The one set of types shared by the core, the CLI and the extension.
 *
 * Positions: every offset is a 0-based UTF-16 code-unit offset into the ORIGINAL text
 * (before any normalisation), ends exclusive. Lines and characters are 0-based.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A 0-based line/character position (characters are UTF-16 code units). */
export interface Position {
  line: number;
  character: number;
}

export interface LineRange {
  start: Position;
  end: Position;
}

export const SECTION_KINDS = [
  'about',
  'company',
  'team',
  'responsibilities',
  'requirements',
  'preferred',
  'skills',
  'benefits',
  'compensation',
  'process',
  'legal',
  'noise',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const LEVELS = ['required', 'preferred', 'mentioned'] as const;
/** How strongly a posting asks for something. `required` > `preferred` > `mentioned`. */
export type Level = (typeof LEVELS)[number];

export type PostingFormat = 'markdown' | 'text';

/** A bullet, numbered line or sentence inside a section. */
export interface Item {
  /** Display text: bullet marker removed, mojibake repaired, whitespace collapsed. */
  text: string;
  /** Where the item's content (without its bullet marker) is in the original text. */
  span: Span;
  /** The bullet marker as written (`-`, `•`, `1.`, `(a)` …), or null for a plain sentence/line. */
  bullet: string | null;
}

export interface Section {
  /** Heading text as a reader sees it ("Minimum Qualifications"); "" for the untitled preamble. */
  title: string;
  kind: SectionKind;
  /** From the start of the heading to the end of the section's last content (children included). */
  span: Span;
  /** The heading text itself (zero-length at `span.start` for an untitled preamble). */
  headingSpan: Span;
  /** 1 for top-level sections, 2 for their children, … */
  depth: number;
  children: Section[];
  items: Item[];
}

// ---------------------------------------------------------------------------------------------
// Glossary

export const ENTRY_KINDS = [
  'language',
  'framework',
  'library',
  'tool',
  'platform',
  'service',
  'database',
  'concept',
  'practice',
  'credential',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One spelling under which an entry is recognised. */
export interface Alias {
  text: string;
  /** When true the alias only matches with exactly this casing ("Go", "R", "Ray"). */
  caseSensitive: boolean;
  /** When true the alias is ambiguous and only matches when the entry's context rule confirms it. */
  ambiguous: boolean;
}

/** Hints that separate an ambiguous name from ordinary words or from another entry. */
export interface ContextRule {
  /** A sentence for people: why the name is ambiguous and how it is resolved. */
  note: string;
  /** Words or phrases near the mention (same item/sentence) that confirm this entry. */
  positive: string[];
  /** Words or phrases near the mention that rule this entry out. */
  negative: string[];
}

/** Where an entry was defined (for Go to Definition and error messages). 0-based. */
export interface EntrySource {
  file: string;
  line: number;
  character: number;
}

export interface GlossaryEntry {
  id: string;
  name: string;
  /** Includes the name itself as the first alias. */
  aliases: Alias[];
  category: string;
  kind: EntryKind;
  definition: string;
  url?: string;
  related: string[];
  /** Year of first release, where it applies. */
  since?: number;
  context?: ContextRule;
  source?: EntrySource;
}

/** A problem in a glossary file. `line`/`column` are 0-based here; reporters show them 1-based. */
export interface GlossaryError {
  file: string;
  line: number;
  column: number;
  /** End of the offending range when known (0-based), else same as line/column. */
  endLine: number;
  endColumn: number;
  message: string;
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  errors: GlossaryError[];
}

// ---------------------------------------------------------------------------------------------
// Skills

export interface Mention {
  skillId: string;
  span: Span;
  /** The text as written in the posting. */
  text: string;
  level: Level;
  /** Title of the innermost section the mention is in ("" for the preamble). */
  section: string;
}

export interface Skill {
  id: string;
  name: string;
  category: string;
  kind: EntryKind;
  /** The strongest level over all mentions. */
  level: Level;
  mentions: Mention[];
}

// ---------------------------------------------------------------------------------------------
// Requirements

export interface ExperienceRequirement {
  span: Span;
  text: string;
  /** Smallest number of years asked for. */
  minYears: number;
  /** Upper bound of a range ("3-5 years" → 5), else null. */
  maxYears: number | null;
  /** What the years are of ("software engineering", "engineering technical leadership"). */
  subject: string;
  /** Glossary ids named in the subject ("5+ years of Kubernetes" → ["kubernetes"]). */
  skillIds: string[];
  level: Level;
}

export type DegreeLevel = 'high-school' | 'associate' | 'bachelor' | 'master' | 'doctorate' | 'other';

export interface DegreeRequirement {
  span: Span;
  text: string;
  /** Lowest degree that satisfies the requirement. */
  degree: DegreeLevel;
  fields: string[];
  /** "or equivalent experience" (or a similar route) is offered. */
  equivalentExperience: boolean;
  level: Level;
}

export interface SpokenLanguageRequirement {
  span: Span;
  language: string;
  level: Level;
}

export interface Evidence<T> {
  value: T;
  span: Span;
  text: string;
}

export type WorkMode = 'remote' | 'hybrid' | 'onsite';
export type Seniority = 'intern' | 'entry' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'lead' | 'manager' | 'director';

export interface Requirements {
  /** Largest `minYears` over required experience, null when none is stated. */
  minYears: number | null;
  experience: ExperienceRequirement[];
  degrees: DegreeRequirement[];
  languages: SpokenLanguageRequirement[];
  /** Work authorisation / visa statements ("must be legally authorized…", "no visa sponsorship"). */
  workAuthorization: Evidence<{ sponsorship: boolean | null }>[];
  locations: Evidence<string>[];
  workMode: Evidence<WorkMode> | null;
  seniority: Evidence<Seniority> | null;
  /** Pay ranges stated in the posting. */
  compensation: Evidence<{ min: number | null; max: number | null; currency: string | null; period: string | null }>[];
}

// ---------------------------------------------------------------------------------------------
// The analysis of one posting

export interface PostingAnalysis {
  title: string | null;
  company: string | null;
  format: PostingFormat;
  sections: Section[];
  skills: Skill[];
  requirements: Requirements;
}

// ---------------------------------------------------------------------------------------------
// Findings of the reviewer rules (one type for library, CLI, JSON/SARIF and editor diagnostics)

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface TextEdit {
  range: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "Fix All" and `check --fix`; others only on request. */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Span;
  /** The rule's documentation page. */
  url: string;
  fixes?: Fix[];
  /** Extra machine-readable facts (the term, the years asked, …) for reporters and quick fixes. */
  data?: Record<string, string | number | boolean | null>;
}
