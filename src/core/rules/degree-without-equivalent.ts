import type { Rule } from './rule.ts';

const NAMED_DEGREE = /\b(?:degree|diploma|bachelor|master|doctor|ph\.?\s?d|b\.?\s?s\.?c?|m\.?\s?s\.?c?|b\.?\s?a|m\.?\s?a|b\.?\s?eng|m\.?\s?eng|mba)\b/i;

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
      // Only a degree the text names ("recent graduate" of a campus programme is not a degree requirement).
      .filter((d) => d.level === 'required' && !d.equivalentExperience && d.degree !== 'high-school' && NAMED_DEGREE.test(d.text))
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
