import type { DegreeLevel, DegreeRequirement, Span } from '../types.ts';
import { contextAt, hint, type Hint, inKinds, inNoise, matchAll, matchesIn, type RequirementContext, requirementLevel } from './context.ts';

/**
 * Degrees: "Bachelor's/Master's degree in Computer Science, Computer Engineering, or related fields
 * or equivalent years of experience", "BS/MS in CS", "Ph.D. preferred", "high school diploma",
 * "Final year or recent graduate … from a university" (a bachelor's in progress).
 * One requirement per sentence; its degree is the lowest one that satisfies it.
 */

const ORDER: DegreeLevel[] = ['high-school', 'associate', 'bachelor', 'master', 'doctorate', 'other'];

/** Degree words that are unambiguous on their own, each with the hint its paragraphs must hold (see `matchesIn`). */
const WORDY: [RegExp, DegreeLevel, Hint | RegExp][] = [
  [/\bbachelor(?:'|’)?s?\b|\bbaccalaureate\b|\bundergraduate\s+degree\b|\b(?:university|college|4[\s-]year|four[\s-]year)\s+degree\b/gi, 'bachelor', hint('bachelor', 'baccalaureate', 'undergraduate', 'degree')],
  [/\bmaster(?:'|’)?s(?:\s+degree)?\b(?!\s+(?:data|branch|class))|\bmaster\s+of\s+(?:science|engineering|arts|computer|business)\b|\bgraduate\s+degree\b|\bMBA\b/gi, 'master', hint('master', 'degree', 'mba')],
  [/\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\s+degree\b|\bdoctor\s+of\s+philosophy\b/gi, 'doctorate', /ph\.?\s?d|doctor/i],
  [/\bassociate(?:'|’)?s?\s+degree\b/gi, 'associate', hint('associate')],
  [/\bhigh[\s-]school\s+(?:diploma|degree|education|graduate)\b|\bGED\b/g, 'high-school', hint('high', 'ged')],
];
/** Abbreviations that need degree context ("BS in CS", "BS/MS", "MS degree"), matched case-sensitively. */
const ABBREV = /\b(B\.?S\.?c?|B\.?A\.?|B\.?Eng\.?|B\.?Tech\.?|B\.?E\.|M\.?S\.?c?|M\.?A\.?|M\.?Eng\.?|M\.?Tech\.?)(?![\w.])/g;
const ABBREV_LEVEL = (s: string): DegreeLevel => (s.startsWith('B') ? 'bachelor' : 'master');
/** What must follow an abbreviation for it to be a degree. */
const ABBREV_CONTEXT = /^\s*(?:\/|or\s+(?:an?\s+)?(?:B\.?S|M\.?S|Ph|B\.?A|M\.?A|master|bachelor|doctor|higher|above|equivalent)|and\s+(?:M\.?S|Ph)|degree|in\s+(?:a\s+|an\s+)?(?:[A-Z]|related|relevant|technical|quantitative|stem|engineering|computer|math|physics|statistics)|from\s+an?\s+(?:accredited|university|college)|\+|required|preferred|,\s*(?:Ph|M\.?S|B\.?S))/;
/** A student or new graduate: a bachelor's in progress. */
const GRADUATE = /\b(?:final[\s-]year|penultimate[\s-]year|recent\s+(?:university\s+|college\s+)?graduates?|new\s+grad(?:uate)?s?|currently\s+(?:pursuing|enrolled\s+in))\b/gi;
const GRADUATE_ONE = new RegExp(GRADUATE.source, 'i');
const UNIVERSITY = /\b(?:universit(?:y|ies)|college|degree|bachelor|undergraduate)\b/i;
const BARE_DEGREE = /\bdegree\s+in\b|\b(?:college|university|post-?secondary)\s+diploma\b|\b(?:CS|computer\s+science|engineering|STEM|technical|relevant|related)\s+degree\b/gi;
const BARE_DEGREE_ONE = new RegExp(BARE_DEGREE.source, 'i');

const EQUIVALENT =
  /\bor\s+(?:an?\s+)?(?:equivalent|comparable|relevant|related|similar|commensurate)\s+(?:(?:practical|professional|work|industry|years|of|combination|education|and|training)\s+)*(?:experience|combination)\b|\bor\s+(?:an?\s+)?equivalent\b(?!\s+(?:field|discipline|degree|qualification|major))|\bequivalent\s+(?:practical\s+|professional\s+|work\s+|industry\s+)?experience\b|\bin\s+lieu\s+of\b/i;
const FIELDS_START = /\b(?:majoring\s+in|major\s+in|degree\s+in|in\s+the\s+field\s+of|background\s+in|(?:science|engineering|arts)\s+in|(?:B\.?S\.?c?|M\.?S\.?c?|Ph\.?\s?D\.?|bachelor(?:'|’)?s|master(?:'|’)?s|BA|MA|BEng|MEng|doctorate)\s+(?:degree\s+)?in)\s+/i;
const FIELDS_STOP = /\s+or\s+(?:an?\s+)?(?:equivalent|comparable|relevant\s+experience|related\s+experience|similar\s+experience)|\s+(?:from|with|and\s+\d|plus|preferred|required|is|are|or\s+higher|or\s+above|\d)\b|[.;:()\n\r]|\s[-–—]\s|,\s*(?:with|or\s+equivalent|preferably|ideally|and\s+\d)/i;

/** The whole-text passes that find candidate sentences, with their hints (none: always run). */
const FINDERS: [RegExp, DegreeLevel, Hint | RegExp | null][] = [
  ...WORDY.map(([re, , hints]): [RegExp, DegreeLevel, Hint | RegExp] => [re, 'other', hints]),
  [ABBREV, 'other', null],
  [GRADUATE, 'bachelor', hint('final', 'penultimate', 'grad', 'currently')],
  [BARE_DEGREE, 'other', hint('degree', 'diploma')],
];

interface Hit {
  level: DegreeLevel;
  span: Span;
}

function degreesIn(s: string, base: number): Hit[] {
  const hits: Hit[] = [];
  for (const [re, level] of WORDY) for (const m of matchAll(re, s)) hits.push({ level, span: { start: base + m.index, end: base + m.index + m[0].length } });
  for (const m of matchAll(ABBREV, s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const prev = s.slice(Math.max(0, m.index - 1), m.index);
    if (ABBREV_CONTEXT.test(after) || prev === '/') hits.push({ level: ABBREV_LEVEL(m[1]!), span: { start: base + m.index, end: base + m.index + m[0].length } });
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** "Computer Science, Computer Engineering, or related fields" → three fields. */
export function fieldsIn(s: string): string[] {
  const start = FIELDS_START.exec(s);
  if (!start) return [];
  const rest = s.slice(start.index + start[0].length);
  const stop = FIELDS_STOP.exec(rest);
  const list = (stop ? rest.slice(0, stop.index) : rest).slice(0, 200);
  return list
    .split(/\s*,\s*|\s*\/\s*|\s+or\s+|\s+and\s+(?=[A-Z]|related|other|similar)/)
    .map((f) =>
      f
        .replace(/^(?:(?:a|an|the|or|and|other|any|similar)\s+)+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((f) => f.length > 1 && f.length < 60 && !/^(?:equivalent|above|higher)$/i.test(f) && !/\b(?:certificat|bootcamp|diploma|degree|experience|equivalent)/i.test(f));
}

/**
 * The finders' matches merged in text order (at one offset, in FINDERS order), one at a time: a
 * posting with a degree word every few characters never holds a candidate per match at once.
 */
function* inTextOrder(ctx: RequirementContext): Generator<Hit> {
  const heads = FINDERS.map(([re, level, hints]) => {
    const matches = matchesIn(ctx, re, hints);
    return { matches, level, next: matches.next() };
  });
  for (;;) {
    let first: (typeof heads)[number] | undefined;
    for (const h of heads) if (!h.next.done && (!first || h.next.value.index < first.next.value!.index)) first = h;
    if (!first) return;
    const m = first.next.value!;
    yield { level: first.level, span: { start: m.index, end: m.index + m[0].length } };
    first.next = first.matches.next();
  }
}

export function findDegrees(ctx: RequirementContext): DegreeRequirement[] {
  const { text } = ctx;
  const out: DegreeRequirement[] = [];
  let lastEnd = -1;
  for (const c of inTextOrder(ctx)) {
    if (c.span.start < lastEnd) continue;
    const at = contextAt(ctx, c.span);
    if (inNoise(at) || inKinds(at, ['benefits', 'legal', 'company'])) {
      lastEnd = at.sentence.end;
      continue;
    }
    const sentence = text.slice(at.sentence.start, at.sentence.end);
    const hits = degreesIn(sentence, at.sentence.start);
    let degree: DegreeLevel | null = null;
    let first: Hit | undefined;
    for (const h of hits) {
      if (degree === null || ORDER.indexOf(h.level) < ORDER.indexOf(degree)) degree = h.level;
      first ??= h;
    }
    if (degree === null) {
      if (GRADUATE_ONE.test(sentence) && UNIVERSITY.test(sentence)) degree = 'bachelor';
      else if (BARE_DEGREE_ONE.test(sentence)) degree = 'other';
    }
    lastEnd = at.sentence.end;
    if (degree === null) continue;
    const levelSpan = first?.span ?? c.span;
    const level = levelSpan === c.span ? at : contextAt(ctx, levelSpan);
    out.push({
      span: at.sentence,
      text: sentence,
      degree,
      fields: fieldsIn(sentence),
      equivalentExperience: EQUIVALENT.test(sentence),
      level: requirementLevel(level),
    });
  }
  return out;
}
