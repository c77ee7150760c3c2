import type { Level, SpokenLanguageRequirement, Span } from '../types.ts';
import { contextAt, inKinds, inNoise, lineAround, matchesIn, type RequirementContext, requirementLevel } from './context.ts';
import { strongest } from '../levels.ts';

/**
 * Spoken languages a posting asks for: "English communication skills", "fluent in Mandarin",
 * "Languages: English", "business-level Japanese". A language merely used somewhere ("interviews
 * are conducted in English", "English resume", a line written in Korean) is not a requirement.
 * One entry per language, at its strongest level.
 */

export const SPOKEN_LANGUAGES = [
  'English', 'Mandarin', 'Chinese', 'Cantonese', 'Japanese', 'Korean', 'Spanish', 'French', 'German',
  'Portuguese', 'Italian', 'Dutch', 'Russian', 'Arabic', 'Hindi', 'Bengali', 'Urdu', 'Vietnamese', 'Thai',
  'Indonesian', 'Bahasa Indonesia', 'Bahasa Malaysia', 'Malay', 'Tagalog', 'Filipino', 'Turkish', 'Polish',
  'Ukrainian', 'Czech', 'Hungarian', 'Romanian', 'Greek', 'Hebrew', 'Swedish', 'Norwegian', 'Danish',
  'Finnish', 'Persian', 'Farsi', 'Tamil', 'Telugu', 'Swahili',
] as const;

const NAMES = [...SPOKEN_LANGUAGES].sort((a, b) => b.length - a.length).join('|');
const NAME = new RegExp(String.raw`\b(${NAMES})\b`, 'g');

/** Phrases around a language name that make it a requirement on the candidate. */
const BEFORE = /(?:fluen(?:t|cy)|proficien(?:t|cy)|native|mother[\s-]tongue|command|speak(?:s|ing)?|spoken|written|verbal|oral|read(?:ing)?|writ(?:e|ing)|bilingual|business[\s-]level|professional[\s-]level|working[\s-]level|conversational|excellent|strong|good|communicat(?:e|ion)|skills?|knowledge|ability|level)(?:\s+(?:and|&|\/|or)\s+\w+)?(?:\s+\w+ly)?\s+(?:in\s+|of\s+|(?:the\s+)?)?(?:both\s+)?(?:\w+\s+(?:and|or|&)\s+)?$/i;
const AFTER = /^(?:\s*(?:and|or|&|\/|,)\s*(?:[A-Z]\w+))*\s*-?\s*(?:\(?\s*(?:written\s+and\s+(?:spoken|verbal)|spoken\s+and\s+written|verbal\s+and\s+written|native|fluent|business|professional)|(?:language\s+)?(?:communication|speaking|writing|proficiency|fluency|skills?|is\s+(?:a\s+must|required|mandatory|a\s+plus|an?\s+(?:advantage|asset)|a\s+bonus|nice[\s-]to[\s-]have|preferred|essential|desirable|helpful))|speaker|language\s+skills)/i;
/** A "Languages" list: "Languages: English, Korean" or a heading "Languages" above a bare name. */
const LIST = /\blanguages?\s*(?:required|spoken)?\s*[:：]\s*$/i;
/** Uses of a language that ask nothing of the candidate. */
const NOT_ASKED = /\b(?:conducted|held|written|available|resume|cv|interviews?)\s+(?:will\s+be\s+)?(?:conducted\s+)?in\s+$/i;

export function findLanguages(ctx: RequirementContext): SpokenLanguageRequirement[] {
  const { text } = ctx;
  const best = new Map<string, { span: Span; level: Level }>();
  for (const m of matchesIn(ctx, NAME)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const after = text.slice(span.end, span.end + 60);
    const line = lineAround(text, span.start);
    const at = contextAt(ctx, span);
    if (inNoise(at)) continue;
    const heading = at.path[at.path.length - 1]?.title ?? '';
    const bareListItem = /^[\p{L} ,/&]+$/u.test(line) && line.split(/\s*[,/&]\s*|\s+and\s+/).every((w) => (SPOKEN_LANGUAGES as readonly string[]).includes(w));
    const listed = LIST.test(before) || (bareListItem && /\blanguages?\b/i.test(heading) && !/\bprogramming\b/i.test(heading));
    const asked = !NOT_ASKED.test(before) && (BEFORE.test(before) || AFTER.test(after));
    if (!listed && !asked) continue;
    if (!listed && inKinds(at, ['process', 'legal', 'benefits'])) continue;
    const level = listed && at.level === 'mentioned' ? 'required' : requirementLevel(at);
    const language = m[1]!;
    const prev = best.get(language);
    if (!prev || strongest([level, prev.level]) !== prev.level) best.set(language, { span, level });
  }
  return [...best].map(([language, v]) => ({ span: v.span, language, level: v.level })).sort((a, b) => a.span.start - b.span.start);
}
