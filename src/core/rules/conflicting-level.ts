import { sectionPathAt } from '../sections/index.ts';
import type { Mention, Section } from '../types.ts';
import type { Rule } from './rule.ts';
import { isTechnology } from './walk.ts';

/** The kind of list a mention stands in: a preferred section anywhere above it, else a requirements one. */
function listOf(sections: Section[], m: Mention): 'required' | 'preferred' | null {
  const kinds = sectionPathAt(sections, m.span.start).map((s) => s.kind);
  if (kinds.includes('preferred')) return 'preferred';
  if (kinds.includes('requirements') || kinds.includes('skills')) return 'required';
  return null;
}

export const conflictingLevel: Rule = {
  meta: {
    id: 'conflicting-level',
    title: 'The same skill is both required and preferred.',
    rationale:
      'When a technology is listed under the minimum qualifications and again under "nice to have", readers cannot tell whether they need it. Keep it in one list. The rule compares lists, not wording: "familiarity with Terraform" inside a requirements list is a softer ask, not a second list.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    examples: { bad: 'Requirements\n- Python\nNice to have\n- Python', good: 'Requirements\n- Python\nNice to have\n- Rust' },
  },
  check(context) {
    const reports = [];
    for (const skill of context.analysis.skills) {
      if (!isTechnology(skill.kind)) continue;
      const sections = context.analysis.sections;
      const required = skill.mentions.find((m) => m.level === 'required' && listOf(sections, m) === 'required');
      const preferred = skill.mentions.find((m) => m.level === 'preferred' && listOf(sections, m) === 'preferred');
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
