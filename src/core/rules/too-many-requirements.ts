import type { Rule } from './rule.ts';
import { numberOption, type RuleReport } from './rule.ts';
import { requiredItems, walkSections } from './walk.ts';

export const tooManyRequirements: Rule = {
  meta: {
    id: 'too-many-requirements',
    title: 'The posting lists more required items than the configured maximum.',
    rationale:
      'Long lists of must-haves discourage qualified people from applying — many apply only when they meet every listed requirement. Move what is not truly required to a "Nice to have" list. The threshold is `max` (default 15).',
    defaultSeverity: 'warning',
    fixable: false,
    options: { max: { type: 'number', default: 15, description: 'Largest number of required items before the rule reports.' } },
    examples: { bad: 'Requirements\n- (twenty bullets)', good: 'Requirements\n- (six bullets)\nNice to have\n- (the rest)' },
  },
  check(context) {
    const max = numberOption(context, 'max');
    const items = requiredItems(context.analysis.sections);
    if (items.length <= max) return [];
    let range = items[0]!.span;
    for (const { section } of walkSections(context.analysis.sections)) {
      if (section.items.includes(items[0]!)) range = section.headingSpan.end > section.headingSpan.start ? section.headingSpan : range;
    }
    const report: RuleReport = {
      range,
      message: `${items.length} required items (more than ${max}): move what is not truly required to a "Nice to have" list.`,
      data: { count: items.length, max },
    };
    return [report];
  },
};
