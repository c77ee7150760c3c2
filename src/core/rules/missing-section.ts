import type { SectionKind } from '../types.ts';
import type { Rule } from './rule.ts';
import { walkSections } from './walk.ts';

/** Kinds that satisfy a required kind (a "Skills → Required" list states requirements). */
const SATISFIES: Partial<Record<SectionKind, SectionKind[]>> = {
  requirements: ['requirements', 'skills'],
  about: ['about', 'company', 'team'],
};

const LABEL: Record<SectionKind, string> = {
  about: 'About',
  company: 'About the company',
  team: 'Team',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements / Qualifications',
  preferred: 'Preferred qualifications',
  skills: 'Skills',
  benefits: 'Benefits',
  compensation: 'Compensation',
  process: 'Hiring process',
  legal: 'Legal / EEO statement',
  noise: 'Noise',
  other: 'Other',
};

export const missingSection: Rule = {
  meta: {
    id: 'missing-section',
    title: 'A section every posting of this repository should have is absent.',
    rationale:
      'Readers look for what the job is and what it asks before anything else. A posting without a "Responsibilities" or a "Requirements" section makes them dig through prose. The list of required sections is configurable (`requiredSections` in `.postinglens.yaml`); headings are matched through the section aliases, so "What you\'ll do" counts as Responsibilities and "Minimum Qualifications" as Requirements.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    examples: { bad: 'Senior Engineer\nWe build things. You will love it here.', good: 'Senior Engineer\nWhat you\'ll do\n- Build things\nRequirements\n- 3+ years of Go' },
  },
  check(context) {
    const present = new Set<SectionKind>();
    for (const { section } of walkSections(context.analysis.sections)) present.add(section.kind);
    if (context.analysis.requirements.compensation.length > 0) present.add('compensation');
    const first = context.analysis.sections[0];
    const at = first ? first.headingSpan.end > first.headingSpan.start ? first.headingSpan : { start: first.span.start, end: first.span.start } : { start: 0, end: 0 };
    return context.requiredSections
      .filter((kind) => !(SATISFIES[kind] ?? [kind]).some((k) => present.has(k)))
      .map((kind) => ({
        range: at,
        message: `No ${LABEL[kind]} section: add one (any usual heading works, e.g. ${example(kind)}).`,
        data: { section: kind },
      }));
  },
};

function example(kind: SectionKind): string {
  switch (kind) {
    case 'responsibilities':
      return '"What you\'ll do"';
    case 'requirements':
      return '"Requirements" or "Minimum Qualifications"';
    case 'compensation':
      return '"Compensation" or "Pay range"';
    case 'benefits':
      return '"Benefits"';
    default:
      return `"${LABEL[kind]}"`;
  }
}
