import type { Rule } from './rule.ts';

export const yearsExceedTechnologyAge: Rule = {
  meta: {
    id: 'years-exceed-technology-age',
    title: 'More years of experience are asked for than the technology has existed.',
    rationale:
      'Asking for "10+ years of Kubernetes" (first released in 2014) tells experienced readers the posting was not written with care, and filters out everyone who answers honestly. The rule compares the years asked for with the year of first release recorded in the glossary (`since`).',
    defaultSeverity: 'error',
    fixable: false,
    options: {},
    examples: { bad: '- 12+ years of experience with Kubernetes', good: '- 5+ years of experience running services on Kubernetes' },
  },
  check(context) {
    const reports = [];
    for (const exp of context.analysis.requirements.experience) {
      for (const id of exp.skillIds) {
        const entry = context.entries.get(id);
        if (!entry?.since) continue;
        const age = context.year - entry.since;
        if (exp.minYears > age) {
          reports.push({
            range: exp.span,
            message: `${exp.minYears}+ years of ${entry.name} asked for, but ${entry.name} was first released in ${entry.since} (${age} year${age === 1 ? '' : 's'} ago).`,
            data: { skill: id, years: exp.minYears, since: entry.since },
          });
        }
      }
    }
    return reports;
  },
};
