/** Small helpers shared by the renderers of `src/core/format`. */
import type { DegreeLevel, Level } from '../types.ts';
import type { JsonSection, JsonSkill, PostingJson } from './json.ts';

/** "1 posting", "1,234 postings": a count with its word (numbers grouped as in English). */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;

export const LEVEL_ORDER: readonly Level[] = ['required', 'preferred', 'mentioned'];

/** Skills grouped by level, each group in the posting's order. */
export function skillsByLevel(skills: readonly JsonSkill[]): Record<Level, JsonSkill[]> {
  const groups: Record<Level, JsonSkill[]> = { required: [], preferred: [], mentioned: [] };
  for (const s of skills) groups[s.level].push(s);
  return groups;
}

/** Depth-first walk over a section tree: `[section, depth]` with depth 0 for top-level sections. */
export function* walkSections(sections: readonly JsonSection[], depth = 0): Generator<[JsonSection, number]> {
  for (const s of sections) {
    yield [s, depth];
    yield* walkSections(s.children, depth + 1);
  }
}

/** "Title · Company", "Title", "Company" or null when the posting states neither. */
export function headline(p: PostingJson): string | null {
  const parts = [p.title, p.company].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : null;
}

/** Human-readable years: "5+ years", "3–5 years". */
export function yearsText(minYears: number, maxYears: number | null): string {
  if (maxYears !== null && maxYears !== minYears) return `${minYears}–${maxYears} years`;
  return `${minYears}+ year${minYears === 1 ? '' : 's'}`;
}

const DEGREE_NAMES: Record<DegreeLevel, string> = {
  'high-school': 'High school',
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
  other: 'Degree',
};

/** The requirements of a posting as short `[label, text]` lines, in a fixed order (empty ones left out). */
export function requirementLines(p: PostingJson): [string, string][] {
  const r = p.requirements;
  const out: [string, string][] = [];
  if (r.minYears !== null) out.push(['min years', String(r.minYears)]);
  for (const e of r.experience) {
    const subject = e.subject ? ` of ${e.subject}` : '';
    out.push(['experience', `${yearsText(e.minYears, e.maxYears)}${subject} (${e.level})`]);
  }
  for (const d of r.degrees) {
    const fields = d.fields.length ? ` in ${d.fields.join(', ')}` : '';
    const eq = d.equivalentExperience ? ', or equivalent experience' : '';
    out.push(['degree', `${DEGREE_NAMES[d.degree]}${fields}${eq} (${d.level})`]);
  }
  for (const l of r.languages) out.push(['language', `${l.language} (${l.level})`]);
  for (const a of r.workAuthorization) {
    const s = a.value.sponsorship === true ? 'sponsorship offered — ' : a.value.sponsorship === false ? 'no sponsorship — ' : '';
    out.push(['work authorization', `${s}${a.text}`]);
  }
  if (r.locations.length) out.push(['location', r.locations.map((l) => l.value).join('; ')]);
  if (r.workMode) out.push(['work mode', r.workMode.value]);
  if (r.seniority) out.push(['seniority', r.seniority.value]);
  for (const c of r.compensation) out.push(['compensation', c.text]);
  return out;
}

/** Collapses whitespace and cuts `text` to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
}
/** The item a mention stands in (its sentence or bullet), for evidence lines; null outside any item. */
export function evidenceOf(p: PostingJson, mention: { line: number; character: number }): string | null {
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  for (const [section] of walkSections(p.sections)) {
    for (const item of section.items) {
      if (before(item.range.start, mention) && !before(item.range.end, mention)) return item.text;
    }
  }
  return null;
}
