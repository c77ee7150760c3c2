import type { Rule } from './rule.ts';
import { walkSections } from './walk.ts';

export const compensationMissing: Rule = {
  meta: {
    id: 'compensation-missing',
    title: 'The posting states no pay range.',
    rationale:
      'Pay-transparency laws (Colorado, California, New York City, Washington, the EU Pay Transparency Directive and a growing number of other places) require a good-faith pay range in job postings, and candidates skip postings without one. A range such as "$140,000 – $180,000 per year" satisfies the rule; a "Compensation" section without any amount does not.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    examples: { bad: 'Benefits\n- Competitive salary', good: 'Compensation\nThe base pay range for this role is $140,000 – $180,000 per year.' },
  },
  check(context) {
    if (context.analysis.requirements.compensation.length > 0) return [];
    let at = { start: 0, end: 0 };
    for (const { section } of walkSections(context.analysis.sections)) {
      if (section.kind === 'compensation' || section.kind === 'benefits') {
        at = section.headingSpan;
        break;
      }
    }
    if (at.end === 0) {
      const first = context.analysis.sections.find((s) => s.kind !== 'noise');
      if (first && first.headingSpan.end > first.headingSpan.start) at = first.headingSpan;
    }
    return [{ range: at, message: 'No pay range is stated: add the base pay range (minimum and maximum, currency, period).' }];
  },
};
