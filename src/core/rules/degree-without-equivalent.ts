import type { Rule } from './rule.ts';

export const degreeWithoutEquivalent: Rule = {
  meta: {
    id: 'degree-without-equivalent',
    title: 'A degree is required with no "or equivalent experience" route.',
    rationale:
      'Many capable engineers learned on the job. A hard degree requirement excludes them and, in some places, invites scrutiny under skills-based hiring policies. Adding "or equivalent practical experience" keeps the bar while opening the door.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    examples: { bad: "- Bachelor's degree in Computer Science", good: "- Bachelor's degree in Computer Science or equivalent practical experience" },
  },
  check(context) {
    return context.analysis.requirements.degrees
      .filter((d) => d.level === 'required' && !d.equivalentExperience && d.degree !== 'high-school')
      .map((d) => ({
        range: d.span,
        message: `A ${label(d.degree)} is required with no alternative: consider adding "or equivalent practical experience".`,
        data: { degree: d.degree },
      }));
  },
};

function label(degree: string): string {
  switch (degree) {
    case 'bachelor':
      return "bachelor's degree";
    case 'master':
      return "master's degree";
    case 'doctorate':
      return 'doctorate';
    case 'associate':
      return 'associate degree';
    default:
      return 'degree';
  }
}
