import type { Evidence } from '../types.ts';
import { contextAt, hint, inNoise, matchAll, matchesIn, type RequirementContext } from './context.ts';

/**
 * Work authorisation and visa statements. `sponsorship` is false for "not eligible for visa
 * sponsorship", true for "visa sponsorship available", null for a plain "must be legally
 * authorized to work in the United States". One evidence per sentence.
 */

const KEY =
  /\b(?:authori[sz]ed\s+to\s+(?:legally\s+)?work|authori[sz]ation\s+to\s+work|work(?:ing)?\s+(?:authori[sz]ation|permit|visa|rights?)|right\s+to\s+work|eligib(?:le|ility)\s+to\s+work|(?:visa|immigration|H-?1B)\s+(?:sponsorship|support|transfer)|sponsor(?:ship|ing|ed|s)?)\b/gi;
const KEY_HINTS = hint('authori', 'permit', 'visa', 'right', 'eligib', 'immigration', '1b', 'sponsor');
const NO =
  /\b(?:not|no|unable|cannot|can't|can’t|won't|won’t|will\s+not|does\s+not|do\s+not|doesn't|doesn’t|don't|don’t|isn't|isn’t|aren't|aren’t|is\s+not|are\s+not|ineligible)\b[^.;\n]{0,60}\bsponsor|\bsponsorship\s+(?:is\s+)?(?:not|unavailable)\b|\bwithout\s+(?:the\s+need\s+for\s+|requiring\s+|needing\s+)?(?:current\s+or\s+future\s+|any\s+)?(?:visa\s+|employer\s+|employment\s+)?sponsorship/i;
const YES =
  /\b(?:sponsorship\s+(?:is\s+)?(?:available|offered|provided|possible)|(?:we|will|can|do|does|able\s+to|happy\s+to)\s+sponsor|(?:offer|provide|provides|offers)\s+(?:visa\s+)?sponsorship|visa\s+support\s+(?:is\s+)?(?:available|provided))\b/i;
/** Sponsorship that depends on the role or the case. */
const SOMETIMES = /\b(?:for\s+(?:every|all|each)\s+(?:role|position|candidate)s?|case[\s-]by[\s-]case|not\s+always|in\s+some\s+cases|may\s+(?:not\s+)?be\s+(?:able|available|possible))\b/i;
/** "sponsor" in other senses: event sponsors, executive sponsors. */
const OTHER_SENSE = /\b(?:executive|event|project|business|corporate|our|title)\s+sponsors?\b|\bsponsors?\s+(?:of|for)\s+(?:the\s+|our\s+)?(?:event|conference|meetup|project|initiative|team)|\bsponsor(?:ing|ed)?\s+(?:events?|meetups?|conferences?|hackathons?)/i;
/** Where a statement starts inside run-together text ("…systems: TFXCandidates for this position…"). */
const OPENER = /(?<![a-z])(?:Candidates|Applicants|Applicant|You|We|This|Must|All|Employees|Sponsorship|Visa|Unfortunately|Please|Only)\b/g;

export function findWorkAuthorization(ctx: RequirementContext): Evidence<{ sponsorship: boolean | null }>[] {
  const { text } = ctx;
  const out: Evidence<{ sponsorship: boolean | null }>[] = [];
  let covered = -1;
  for (const m of matchesIn(ctx, KEY, KEY_HINTS)) {
    if (m.index < covered) continue;
    const at = contextAt(ctx, { start: m.index, end: m.index + m[0].length });
    covered = at.sentence.end;
    if (inNoise(at)) continue;
    let start = at.sentence.start;
    const prefix = text.slice(start, m.index);
    let opener = -1;
    for (const o of matchAll(OPENER, prefix)) opener = o.index;
    if (opener > 0) start += opener;
    const s = text.slice(start, at.sentence.end);
    if (OTHER_SENSE.test(s)) continue;
    const sponsorship = SOMETIMES.test(s) ? null : NO.test(s) ? false : YES.test(s) ? true : null;
    out.push({ value: { sponsorship }, span: { start, end: at.sentence.end }, text: s });
  }
  return out;
}
