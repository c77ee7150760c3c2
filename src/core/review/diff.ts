import type { DegreeLevel, Level, PostingAnalysis, Section, SectionKind } from '../types.ts';

/** A section as the diff reports it: its title, kind and the titles of its parents. */
export interface SectionRef {
  title: string;
  kind: SectionKind;
  path: string[];
}

export interface PostingDiff {
  title: { from: string | null; to: string | null } | null;
  company: { from: string | null; to: string | null } | null;
  sections: { added: SectionRef[]; removed: SectionRef[]; renamed: { from: SectionRef; to: SectionRef }[] };
  skills: {
    added: { id: string; name: string; level: Level }[];
    removed: { id: string; name: string; level: Level }[];
    changed: { id: string; name: string; from: Level; to: Level }[];
  };
  years: { from: number | null; to: number | null } | null;
  degrees: { added: DegreeLevel[]; removed: DegreeLevel[]; equivalentExperience: { from: boolean; to: boolean } | null };
}

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function flatten(sections: Section[], path: string[] = []): SectionRef[] {
  return sections.flatMap((s) => (s.kind === 'noise' ? [] : [{ title: s.title, kind: s.kind, path }, ...flatten(s.children, [...path, s.title])]));
}

/** What changed between two versions of a posting: sections, skills and their levels, years, degrees. */
export function diffPostings(a: PostingAnalysis, b: PostingAnalysis): PostingDiff {
  const before = flatten(a.sections);
  const after = flatten(b.sections);
  const taken = new Set<SectionRef>();
  const removed: SectionRef[] = [];
  for (const s of before) {
    const same = after.find((t) => !taken.has(t) && key(t.title) === key(s.title) && t.kind === s.kind);
    if (same) taken.add(same);
    else removed.push(s);
  }
  const added = after.filter((t) => !taken.has(t));
  // A removed and an added section of the same kind and parent is a rename ("Requirements" → "What you bring").
  const renamed: PostingDiff['sections']['renamed'] = [];
  for (const r of [...removed]) {
    const i = added.findIndex((t) => t.kind === r.kind && key(t.path.join('/')) === key(r.path.join('/')));
    if (i < 0 || r.kind === 'other') continue;
    renamed.push({ from: r, to: added[i]! });
    added.splice(i, 1);
    removed.splice(removed.indexOf(r), 1);
  }

  const skillsA = new Map(a.skills.map((s) => [s.id, s]));
  const skillsB = new Map(b.skills.map((s) => [s.id, s]));
  const pick = (s: { id: string; name: string; level: Level }) => ({ id: s.id, name: s.name, level: s.level });
  const changed = [...skillsB.values()].flatMap((s) => {
    const old = skillsA.get(s.id);
    return old && old.level !== s.level ? [{ id: s.id, name: s.name, from: old.level, to: s.level }] : [];
  });

  const degrees = (x: PostingAnalysis) => new Set(x.requirements.degrees.filter((d) => d.level === 'required').map((d) => d.degree));
  const da = degrees(a);
  const db = degrees(b);
  const eq = (x: PostingAnalysis) => x.requirements.degrees.some((d) => d.equivalentExperience);
  const change = <T>(from: T, to: T) => (from === to ? null : { from, to });
  return {
    title: change(a.title, b.title),
    company: change(a.company, b.company),
    sections: { added, removed, renamed },
    skills: {
      added: [...skillsB.values()].filter((s) => !skillsA.has(s.id)).map(pick),
      removed: [...skillsA.values()].filter((s) => !skillsB.has(s.id)).map(pick),
      changed,
    },
    years: change(a.requirements.minYears, b.requirements.minYears),
    degrees: {
      added: [...db].filter((d) => !da.has(d)),
      removed: [...da].filter((d) => !db.has(d)),
      equivalentExperience: da.size || db.size ? change(eq(a), eq(b)) : null,
    },
  };
}

export function isEmptyDiff(d: PostingDiff): boolean {
  return (
    !d.title &&
    !d.company &&
    !d.years &&
    !d.degrees.equivalentExperience &&
    [d.sections.added, d.sections.removed, d.sections.renamed, d.skills.added, d.skills.removed, d.skills.changed, d.degrees.added, d.degrees.removed].every((x) => x.length === 0)
  );
}
