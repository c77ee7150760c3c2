import type { Evidence, WorkMode } from '../types.ts';
import { contextAt, hint, inKinds, matchesIn, type RequirementContext } from './context.ts';

/**
 * Remote, hybrid or on-site. "Hybrid" wins over the others (a hybrid schedule also mentions the
 * office); then remote (unless negated: "this is not a remote role" is on-site); then on-site.
 */

const HYBRID = /\bhybrid(?!\s+(?:cloud|search|apps?|mobile|models?\s+(?:of|for)\s+(?:ml|ai)|rag|retrieval|architecture|infrastructure|environments?|approach))(?:\s+(?:work|working|role|position|schedule|model|arrangement|setup|policy|office))?\b|\b\d\s+days?\s+(?:a|per)\s+week\s+in\s+(?:the\s+)?office\b|\bin\s+(?:the\s+)?office\s+\d\s+days?\b/gi;
const REMOTE = /\b(?:fully\s+|100%\s+)?remote(?:[\s-]+(?:first|friendly|only|role|position|work|job|opportunity|eligible|ok))?\b(?!\s+(?:sensing|control|teams?|colleagues|members|sessions?|interviews?|debugging|access|procedure|call|work\s+with))|\bwork\s+from\s+(?:home|anywhere)\b|\bWFH\b|\bdistributed\s+(?:company|team\s+across)/gi;
const ONSITE = /\bon[\s-]?site\b(?!\s+(?:interviews?|visits?))|\bin[\s-]office\b|\bin[\s-]person\b(?!\s+(?:interviews?|events?|meetings?))|\boffice[\s-]based\b/gi;
/** Each mode's regex with the words one of which every match contains. */
const FINDERS = [
  ['hybrid', HYBRID, hint('hybrid', 'office')],
  ['remote', REMOTE, hint('remote', 'wfh', 'distributed', 'home', 'anywhere')],
  ['onsite', ONSITE, hint('site', 'office', 'person')],
] as const;
const NEGATED = /\b(?:not|no|non)[\s-](?:a\s+|an\s+)?(?:fully\s+)?$/i;

export function findWorkMode(ctx: RequirementContext): Evidence<WorkMode> | null {
  const { text } = ctx;
  const first: Partial<Record<WorkMode, Evidence<WorkMode>>> = {};
  for (const [mode, re, hints] of FINDERS) {
    for (const m of matchesIn(ctx, re, hints)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const at = contextAt(ctx, span);
      if (inKinds(at, ['benefits', 'process'])) continue;
      let value: WorkMode = mode;
      if (mode === 'remote' && NEGATED.test(text.slice(Math.max(0, span.start - 12), span.start))) value = 'onsite';
      if (first[value]) continue;
      const sentence = text.slice(at.sentence.start, at.sentence.end);
      first[value] = { value, span: at.sentence, text: sentence };
    }
  }
  return first.hybrid ?? first.remote ?? first.onsite ?? null;
}
