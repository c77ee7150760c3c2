import type { Evidence, Span } from '../types.ts';
import { contextAt, lineAround, matchesIn, type RequirementContext } from './context.ts';
import { alternation, CA_PROVINCES, CITIES, COUNTRIES, US_STATES } from './places.ts';

/**
 * Where the job is: "San Francisco, CA", "Seattle, Washington", "Singapore", "Remote - United States".
 * Cities count anywhere (header lines included) except in lists of company offices; countries and
 * unknown "Town, ST" pairs only where the text is plainly about location (a short header line,
 * "Location:", "based in", "Remote (US)"). Deduplicated by place, first evidence kept.
 */

const STATE_CODES = [...Object.keys(US_STATES), ...Object.keys(CA_PROVINCES)];
const STATE_NAMES = [...Object.values(US_STATES), ...Object.values(CA_PROVINCES)];
const QUALIFIER = String.raw`(?:,\s*(?:${alternation([...STATE_NAMES, ...COUNTRIES])}|(?:${STATE_CODES.join('|')})\b))?(?:,\s*(?:${alternation(COUNTRIES)})(?![\p{L}]))?`;
const CITY = new RegExp(String.raw`(?<![\p{L}\d])(?:${alternation(CITIES)})(?![\p{L}\d])${QUALIFIER}`, 'gu');
const TOWN_STATE = new RegExp(String.raw`\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s(?:${STATE_CODES.join('|')})\b(?![\w.])`, 'g');
const COUNTRY = new RegExp(String.raw`(?<![\p{L}\d.])(?:${alternation(COUNTRIES)})(?![\p{L}\d]|\.\p{L})`, 'gu');

/** A sentence that lists the company's offices rather than the job's location. */
const OFFICES = /\bheadquarter|\boffices?\s+(?:include|in|across|around|are)\b|\boffice\s+locations\b|\bpresence\s+in\b/i;
/** Country names that speak of something other than the job's place. */
const NOT_PLACE_BEFORE = /(?:authori[sz]ed\s+to\s+work|right\s+to\s+work|eligible\s+to\s+work|citizens?\s+of|across|teams?\s+in|based\s+teams|users\s+in|customers\s+in|markets?\s+in|in\s+the)\s*(?:the\s+)?$/i;
/** "authorized to work in the United States" names a country of work permission, not the office. */
const WORK_IN = /(?:authori[sz]ed|right|eligible|permit)\s+to\s+work\s+in\s+(?:the\s+)?$/i;
const PLACE_BEFORE = /(?:locations?|based\s+in|located\s+in|office\s+in|remote|hybrid|on-?site|work\s+from|anywhere\s+in|within)\s*[:\-–—(,]?\s*(?:the\s+)?(?:[\p{L} .]+,\s*)?$/iu;

export function findLocations(ctx: RequirementContext): Evidence<string>[] {
  const { text } = ctx;
  const found: Evidence<string>[] = [];
  const seen = new Set<string>();
  const keyOf = (raw: string): string => raw.split(',')[0]!.replace(/\s+/g, ' ').toLowerCase().replace(/\./g, '');
  const add = (span: Span): void => {
    const value = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    const key = keyOf(value);
    if (seen.has(key) || found.some((f) => f.span.start < span.end && span.start < f.span.end)) return;
    seen.add(key);
    found.push({ value, span, text: value });
  };
  const plainlyPlace = (span: Span): boolean => {
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (NOT_PLACE_BEFORE.test(before)) return false;
    if (PLACE_BEFORE.test(before)) return true;
    const line = lineAround(text, span.start, 100);
    // A short header line: "Chime · Fintech · San Francisco, CA", "Germany (Remote)".
    return line.length <= 80 && !/[.!?]\s*$/.test(line) && !/\b(?:is|are|we|our|you|will)\b/i.test(line);
  };

  for (const m of matchesIn(ctx, CITY)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (seen.has(keyOf(m[0]))) continue;
    const at = contextAt(ctx, span);
    const sentence = text.slice(at.sentence.start, at.sentence.end);
    if (OFFICES.test(sentence)) continue;
    if (WORK_IN.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    add(span);
  }
  for (const re of [TOWN_STATE, COUNTRY]) {
    for (const m of matchesIn(ctx, re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (seen.has(keyOf(m[0])) || !plainlyPlace(span)) continue;
      const at = contextAt(ctx, span);
      if (OFFICES.test(text.slice(at.sentence.start, at.sentence.end))) continue;
      add(span);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
