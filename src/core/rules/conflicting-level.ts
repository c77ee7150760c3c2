import type { Rule } from './rule.ts';
import { isTechnology } from './walk.ts';

export const conflictingLevel: Rule = {
  meta: {
    id: 'conflicting-level',
    title: 'The same skill is both required and preferred.',
    rationale:
      'When a skill is listed under the minimum qualifications and again under "nice to have", readers cannot tell whether they need it. Keep it in one list.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    examples: { bad: 'Requirements\n- Python\nNice to have\n- Python', good: 'Requirements\n- Python\nNice to have\n- Rust' },
  },
  check(context) {
    const reports = [];
    for (const skill of context.analysis.skills) {
      if (!isTechnology(skill.kind)) continue;
      const required = skill.mentions.find((m) => m.level === 'required');
      const preferred = skill.mentions.find((m) => m.level === 'preferred');
      if (!required || !preferred) continue;
      const where = (s: string) => (s ? ` (${s})` : '');
      reports.push({
        range: preferred.span,
        message: `${skill.name} is required${where(required.section)} and also preferred${where(preferred.section)}: keep it in one list.`,
        data: { skill: skill.id },
      });
    }
    return reports;
  },
};
