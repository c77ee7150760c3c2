import type { Evidence, Seniority, Span } from '../types.ts';
import { contextAt, hint, type Hint, inKinds, matchesIn, type RequirementContext } from './context.ts';

/**
 * Seniority, from the title first ("Senior …", "Tech Lead, …", "… - 2025 Start", "… Intern"),
 * then from the text ("We are looking for a Tech Lead", "Final year or recent graduate",
 * "new grad", "internship"). Years of experience alone never decide it.
 */

const TITLE_RULES: [RegExp, Seniority][] = [
  [/\b(?:intern|internship|co-?op|trainee|apprentice)\b/i, 'intern'],
  [/\b(?:new[\s-]grad(?:uate)?|graduate|entry[\s-]level|\d{4}\s+start|campus|early[\s-]career|university\s+grad)\b/i, 'entry'],
  [/\b(?:director|head\s+of|vp|vice\s+president)\b/i, 'director'],
  [/\b(?:(?:engineering|software|development|data|ml|machine\s+learning|research|applied\s+science|technical|people)\s+manager|manager(?:,|\s+of|\s+-)\s+(?:\w+\s+)?(?:engineering|software|data|ml|machine|platform|infrastructure|research|development))\b/i, 'manager'],
  [/\bprincipal\b/i, 'principal'],
  [/\b(?:staff|distinguished)\b/i, 'staff'],
  [/\b(?:tech(?:nical)?\s+lead|team\s+lead|lead\s+(?:engineer|developer|scientist|architect|\w+\s+engineer)|^lead\b|engineering\s+lead)\b/i, 'lead'],
  [/\b(?:senior|sr\.?)(?![\p{L}])/iu, 'senior'],
  [/\b(?:junior|jr\.?|associate)(?![\p{L}])/iu, 'junior'],
  [/\b(?:mid[\s-]level|intermediate)\b/i, 'mid'],
  // Numbered levels: "Software Engineer II", "Data Scientist 3".
  [/\b(?:engineer|developer|scientist|analyst|designer|sde|swe)\s+(?:I|1)\b(?![\w.])/i, 'junior'],
  [/\b(?:engineer|developer|scientist|analyst|designer|sde|swe)\s+(?:II|2)\b(?![\w.])/i, 'mid'],
  [/\b(?:engineer|developer|scientist|analyst|designer|sde|swe)\s+(?:III|3)\b(?![\w.])/i, 'senior'],
];

/** Phrases in the body that name the seniority. */
const TEXT_RULES: [RegExp, Seniority, Hint][] = [
  [/\b(?:this\s+(?:is\s+an?\s+)?internship|internship\s+(?:program|position|role|opportunity)|(?:summer|winter|spring|fall)\s+intern(?:ship)?)\b/gi, 'intern', hint('intern')],
  [/\b(?:final[\s-]year|recent\s+(?:university\s+|college\s+)?graduates?|new\s+grad(?:uate)?s?|entry[\s-]level|early[\s-]career\s+(?:engineer|candidate|talent|role))\b/gi, 'entry', hint('final', 'grad', 'entry', 'career')],
  [/\b(?:looking\s+for|hiring|seeking|join\s+us\s+as)\s+an?\s+(?:experienced\s+|talented\s+|strong\s+)?(?:senior|sr\.?|staff|principal|tech(?:nical)?\s+lead|team\s+lead|lead|engineering\s+manager|director|junior)\b/gi, 'senior', hint('looking', 'hiring', 'seeking', 'join')],
];
const WORD_TO_LEVEL: [RegExp, Seniority][] = [
  [/tech(?:nical)?\s+lead|team\s+lead|\blead$/i, 'lead'],
  [/senior|sr\.?$/i, 'senior'],
  [/staff/i, 'staff'],
  [/principal/i, 'principal'],
  [/manager/i, 'manager'],
  [/director/i, 'director'],
  [/junior/i, 'junior'],
];

/** Titles of roles that are not a level of seniority ("Product Manager", "Account Manager"). */
const ROLE_MANAGER = /\b(?:product|program|project|account|marketing|sales|community|office|brand|content|partner|success|operations)\s+manager\b/i;

function fromTitle(text: string, title: string): Evidence<Seniority> | null {
  const at = text.indexOf(title);
  if (at < 0) return null;
  for (const [re, level] of TITLE_RULES) {
    const m = re.exec(title);
    if (!m) continue;
    if (level === 'manager' && ROLE_MANAGER.test(title)) continue;
    const span: Span = { start: at + m.index, end: at + m.index + m[0].length };
    return { value: level, span, text: m[0] };
  }
  return null;
}

export function findSeniority(ctx: RequirementContext): Evidence<Seniority> | null {
  const { text } = ctx;
  if (ctx.title) {
    const found = fromTitle(text, ctx.title);
    if (found) return found;
  }
  for (const [re, rule, hints] of TEXT_RULES) {
    for (const m of matchesIn(ctx, re, hints)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (inKinds(contextAt(ctx, span), ['benefits', 'noise', 'legal'])) continue;
      let value = rule;
      if (rule === 'senior') {
        const tail = m[0].replace(/^.*?\ban?\s+(?:experienced\s+|talented\s+|strong\s+)?/i, '');
        value = WORD_TO_LEVEL.find(([w]) => w.test(tail))?.[1] ?? 'senior';
      }
      return { value, span, text: m[0] };
    }
  }
  return null;
}
