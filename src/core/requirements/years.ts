import type { ExperienceRequirement, Span } from '../types.ts';
import type { RequirementContext } from './context.ts';

// What every reader of years of experience shares (`experience.ts` for English, `experience-table.ts`
// for tables, `experience-languages.ts` for other languages): which figures are plausible, and the
// requirement a figure makes.

/** Years a posting can ask for: a minimum of 1 to 40, and a maximum (if any) from the minimum to 50. */
export const plausible = (min: number, max: number | null): boolean => Number.isFinite(min) && min > 0 && min <= 40 && (max === null || !(max < min || max > 50));

/** The requirement the years in `phrase` make, with the span of what they are of. */
export function requirementOf(ctx: RequirementContext, phrase: Span, subject: Span, min: number, max: number | null, level: ExperienceRequirement['level']): ExperienceRequirement {
  const { text } = ctx;
  return {
    span: phrase,
    text: text.slice(phrase.start, phrase.end),
    minYears: min,
    maxYears: max === min ? null : max,
    subject: text.slice(subject.start, subject.end).replace(/\s+/g, ' '),
    skillIds: subject.end > subject.start ? ctx.skillIdsIn(subject) : [],
    level,
  };
}
