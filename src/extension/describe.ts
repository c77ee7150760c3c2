// Words for people: hover and tooltip Markdown for glossary entries and requirements, as plain
// strings (no `vscode` here, so the benchmark times it outside the editor). Every piece of data is
// escaped; `untrustedMarkdown` wraps the text for VS Code without trust, HTML or command links.
import type { DegreeLevel, DegreeRequirement, ExperienceRequirement, GlossaryEntry, Level, Mention, Skill, SpokenLanguageRequirement } from '../core/types.ts';

export const LEVEL_LABEL: Record<Level, string> = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' };

const DEGREE_NAME: Record<DegreeLevel, string> = {
  'high-school': 'a high school diploma',
  associate: "an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: 'a doctorate',
  other: 'a degree',
};

/** Collects Markdown text (the small part of MarkdownString's interface the describers use). */
class MarkdownText {
  value = '';
  appendMarkdown(text: string): this {
    this.value += text;
    return this;
  }
}
const safeMarkdown = () => new MarkdownText();

/**
 * Backslash-escapes every ASCII punctuation character (CommonMark allows it for all of them), so
 * glossary and posting text renders literally. Unlike MarkdownString.appendText it keeps ordinary
 * spaces, so the hover wraps between words.
 */
export const escapeMarkdown = (text: string): string => text.replace(/[!-/:-@[-`{-~]/g, '\\$&').replace(/\s+/g, ' ');

/** An http(s) URL safe inside a Markdown link target, or undefined for anything else. */
export function webUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/[()<> ]/g, encodeURIComponent);
  } catch {
    return undefined;
  }
}

/** "Required — Minimum Qualifications" */
export function levelInSection(level: Level, section: string): string {
  return section.trim() ? `${LEVEL_LABEL[level]} — ${section.trim()}` : LEVEL_LABEL[level];
}

/** The hover of a skill mention: name, kind, definition, its level here, documentation link. */
export function describeMention(entry: GlossaryEntry | undefined, skill: Skill, mention: Mention): string {
  const md = safeMarkdown();
  const kind = entry?.kind ?? skill.kind;
  md.appendMarkdown(`**${escapeMarkdown(entry?.name ?? skill.name)}** · *${escapeMarkdown(kind)}*`);
  if (entry?.since) md.appendMarkdown(` · since ${entry.since}`);
  md.appendMarkdown('\n\n');
  if (entry?.definition) md.appendMarkdown(`${escapeMarkdown(entry.definition)}\n\n`);
  md.appendMarkdown(`**In this posting:** ${escapeMarkdown(levelInSection(mention.level, mention.section))}`);
  const n = skill.mentions.length;
  if (n > 1) md.appendMarkdown(` · ${n} mentions`);
  if (skill.level !== mention.level) md.appendMarkdown(` · ${LEVEL_LABEL[skill.level].toLowerCase()} elsewhere`);
  const url = webUrl(entry?.url);
  if (url) md.appendMarkdown(`\n\n[Documentation](${url})`);
  return md.value;
}

/** The tooltip of a skill in the Skills view. */
export function describeSkill(entry: GlossaryEntry | undefined, skill: Skill): string {
  const md = safeMarkdown();
  md.appendMarkdown(`**${escapeMarkdown(skill.name)}** · *${escapeMarkdown(skill.kind)}* · ${escapeMarkdown(skill.category)}\n\n`);
  if (entry?.definition) md.appendMarkdown(`${escapeMarkdown(entry.definition)}\n\n`);
  const where = [...new Set(skill.mentions.map((m) => levelInSection(m.level, m.section)))];
  md.appendMarkdown(`${LEVEL_LABEL[skill.level]} · ${skill.mentions.length} mention${skill.mentions.length === 1 ? '' : 's'}: ${escapeMarkdown(where.join('; '))}`);
  return md.value;
}

/** "at least 5 years of software engineering", "3 to 5 years of Python" */
export function experienceText(e: ExperienceRequirement): string {
  const years = e.maxYears !== null && e.maxYears !== e.minYears ? `${e.minYears} to ${e.maxYears} years` : `at least ${e.minYears} year${e.minYears === 1 ? '' : 's'}`;
  return e.subject ? `${years} of ${e.subject}` : `${years} of experience`;
}

/** "a bachelor's degree or higher in Computer Science, or equivalent experience" */
export function degreeText(d: DegreeRequirement): string {
  const higher = d.degree === 'doctorate' || d.degree === 'other' ? '' : ' or higher';
  const fields = d.fields.length ? ` in ${d.fields.join(', ')}` : '';
  return `${DEGREE_NAME[d.degree]}${higher}${fields}${d.equivalentExperience ? ', or equivalent experience' : ''}`;
}

export function languageText(l: SpokenLanguageRequirement): string {
  return `speaks ${l.language}`;
}

/** "Required: at least 5 years of software engineering" as a hover. */
export function describeRequirement(level: Level, text: string, evidence: string): string {
  const md = safeMarkdown();
  md.appendMarkdown(`**${LEVEL_LABEL[level]}:** ${escapeMarkdown(text)}\n\n`);
  md.appendMarkdown(`*${escapeMarkdown(evidence.length > 200 ? evidence.slice(0, 199) + '…' : evidence)}*`);
  return md.value;
}

/** The mention that contains `offset` (binary search over mentions sorted by start). */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const m = mentions[i]!;
    if (m.span.start <= offset && offset < m.span.end) return m;
  }
  return undefined;
}
