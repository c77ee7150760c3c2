/**
 * What a line or the sentence before a list says about the level of what follows, inside whatever
 * section it is in: an inline label ("Nice to have: Kafka", "Our stack: Rust"); in unlabelled text,
 * a lead-in sentence ending in a colon ("Here's what we need from you:"); a marker the posting's
 * legend explains ("dbt (P)"); and a negation ("No Kafka experience needed").
 */
import type { Level, Span } from './types.ts';
import { detectBullet } from './normalize.ts';

/** Titles and labels that name the team's own stack ("Tech stack", "Technologies we use"): mentioned, not asked for. */
export const TEAM_STACK_TITLE =
  /\b(?:(?:tech|technology|our)[\s-]*stack|our\s+(?:[\w/&+.-]+\s+){1,2}stack|stack\s+we|we\s+(?:use|work\s+with)|tools\s+we|our\s+(?:tools|technologies|tech)|technolog(?:y|ies)\s+(?:we|used)|unser(?:e)?\s+(?:tech[\s-]*)?(?:stack|technologien|tools)|onze\s+(?:tech[\s-]*)?stack|(?:nossa|nosso|nuestra|nuestro|notre)\s+(?:tech[\s-]*)?stack|environnement\s+technique|stack\s+technique|entorno\s+t[ée]cnico|strumenti\s+e\s+tecnologie|tecnologie\s+(?:che\s+)?usiamo|technologie,?\s+których\s+używamy|^\s*(?:the\s+)?stack\s*$)\b|開発環境|使用ツール|使用技術|技術スタック|기술\s*스택|개발\s*환경/i;

/**
 * Titles with "preferred" in them that name the candidate profile: Naukri's "Preferred candidate
 * profile", and Welcome to the Jungle's "Preferred experience" where the posting has no other
 * requirements. Where the sections made them requirements, "preferred" in them says nothing.
 */
export const PROFILE_TITLE = /^\s*preferred\s+(?:experience|candidate\s+profile)\s*$/i;

const REQUIRED_LABEL =
  /^(?:(?:key|core|technical|required|essential|must[\s-]have|hard|minimum|basic)\s+)?(?:skills?|requirements?|required|qualifications?|must[\s-]haves?|mandatory)(?:\s*(?:&|and|\/)\s*(?:experience|qualifications?|skills?|requirements?|knowledge))?$/i;
const PREFERRED_LABEL = /^(?:preferred(?:\s+(?:skills?|qualifications?|experience))?|nice[\s-]to[\s-]haves?|nice|good[\s-]to[\s-]haves?|bonus(?:\s+points)?|pluses|plus|desired(?:\s+skills?)?|desirable|optional|extra\s+credit)$/i;

/** Labels that name the team's stack start with it ("Our stack", "Tech stack", "Tools we use"), unlike "Experience running our stack". */
const STACK_LABEL = /^(?:our|the|tech|technology|technologies|tools|stack)\b/i;

/**
 * An inline label at the start of the span's line ("Skills: Python, SQL", "Bonus: Kafka", "Our
 * stack: Rust") acts as a small heading for the rest of that line.
 */
export function labelLevel(text: string, span: Span, floor: number): Level | null {
  let s = span.start;
  const limit = Math.max(floor, span.start - 300);
  while (s > limit && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  // Any bullet or emoji may lead the label ("➕ Nice: pytest", "⭐ Must-have: Python").
  // "Our stack, for the curious:": an aside after a comma is no part of the label.
  const head = /^[^\p{L}\p{N}]*([A-Za-z][A-Za-z '’&/-]{1,40}?)(?:,[^,:：\n]{1,30})?[*_]*\s*[:：]/u.exec(text.slice(s, span.start));
  if (!head) return null;
  const label = head[1]!.trim();
  if (REQUIRED_LABEL.test(label)) return 'required';
  if (PREFERRED_LABEL.test(label)) return 'preferred';
  // "Our stack: …", "Tools we use: …" say what the team uses, whatever the section asks for.
  return STACK_LABEL.test(label) && TEAM_STACK_TITLE.test(label) ? 'mentioned' : null;
}

const LEAD_IN_REQUIRED = /\b(?:what (?:we|i) need from you|(?:we|i)(?:'re| are| am) looking for|you(?:'ll| will)? (?:need|must have|should have)|requirements|must[\s-]+haves?|what you(?:'ll| will)? bring)\b/i;
const LEAD_IN_PREFERRED = /\b(?:nice[\s-]+to[\s-]+haves?|bonus(?: points)?|would be (?:great|nice)|a plus|extra points)\b/i;
const MAX_LIST_LINES = 40;
/** Longer lines are neither list items nor lead-ins; the walk back stops there (a 1 MB line would make it quadratic). */
const MAX_LINE = 1000;

/**
 * The level a lead-in sentence gives its list in unlabelled text ("Here's what we need from you,
 * and all four matter:" then bullets): the line before the span's bullet list, when it ends in a colon.
 */
export function leadInLevel(text: string, span: Span, floor: number): Level | null {
  let start = span.start;
  while (start > floor && text[start - 1] !== '\n') {
    if (span.start - start > MAX_LINE) return null;
    start--;
  }
  if (!detectBullet(text.slice(start, start + 16))) return null;
  let blank = false;
  for (let n = 0; n < MAX_LIST_LINES && start > floor; n++) {
    let prev = start - 1;
    while (prev > floor && text[prev - 1] !== '\n') {
      if (start - prev > MAX_LINE) return null;
      prev--;
    }
    const line = text.slice(prev, start - 1).trim();
    start = prev;
    if (!line) {
      // One blank line may part the lead-in from its list.
      if (blank) return null;
      blank = true;
      continue;
    }
    if (detectBullet(line)) {
      if (blank) return null;
      continue;
    }
    if (!/[:：]$/.test(line)) return null;
    return LEAD_IN_PREFERRED.test(line) ? 'preferred' : LEAD_IN_REQUIRED.test(line) ? 'required' : null;
  }
  return null;
}

/**
 * A legend of line markers ("Please read the markers: (M) = must, (P) = plus", Xing's and some
 * agencies' way of marking requirements): marker → level. Empty for the many postings without one.
 */
const LEGEND = /\(([A-Za-z0-9+*]{1,3})\)\s*(?:=|:|–|—|-|means)\s*(?:(must(?:[\s-]have)?|required|mandatory|essential|necessary)|(plus|nice[\s-]to[\s-]have|preferred|optional|bonus|desirable|desired|an?\s+(?:plus|bonus|advantage|asset)))\b/gi;

export function markerLegend(text: string): ReadonlyMap<string, Level> {
  const legend = new Map<string, Level>();
  if (!text.includes(')')) return legend;
  LEGEND.lastIndex = 0;
  for (let m = LEGEND.exec(text); m; m = LEGEND.exec(text)) legend.set(m[1]!.toLowerCase(), m[2] ? 'required' : 'preferred');
  // A legend names two markers or more; one lone "(x) = …" is prose.
  return legend.size >= 2 ? legend : new Map();
}

/** The level a legend's marker at the end of the span's line gives ("• dbt (P)"), or null. */
export function markedLevel(text: string, span: Span, legend: ReadonlyMap<string, Level>): Level | null {
  let end = span.end;
  const ceil = Math.min(text.length, span.end + 500);
  while (end < ceil && text[end] !== '\n' && text[end] !== '\r') end++;
  const m = /\(([A-Za-z0-9+*]{1,3})\)[\s.;,]*$/.exec(text.slice(span.end, end));
  return m ? (legend.get(m[1]!.toLowerCase()) ?? null) : null;
}

/**
 * What a negation says is not asked for: "This is NOT a data engineering role", "No Kafka, Flink or
 * Spark experience needed", "You don't need Kubernetes experience", "no prior Go experience is
 * expected". The negation comes right before the term, or before a list that ends with it, in the
 * same sentence; "no" and "not a" also need what follows the term to say what is negated ("…
 * experience", "… role"), as the Portuguese "no" ("in the": "validar resultados no PostgreSQL") does
 * not. "Not just Python" and "Kubernetes is not required" (a preferred cue) are not negations.
 */
// Every pattern here reads a list one way only (an item never holds a separator, items are parted by
// one), so a line that is no list fails in linear time: a window of 120 characters, per term.
const ITEM = String.raw`[\w+#.-]+`;
/** A list that ends where the term starts ("Kafka, Flink or "), after an optional article and "prior" / "formal" …. */
const LIST_BEFORE = String.raw`\s+(?:(?:an?|the|any)\s+)?(?:(?:prior|previous|formal|professional|specific|direct)\s+)?(?:${ITEM}(?:\s${ITEM})?(?:\s*[,/&]\s*|\s+(?:or|and)\s+)){0,5}$`;
/** The rest of the term's list after it (", Flink or Spark"). */
const LIST_AFTER = String.raw`^(?:(?:\s*[,/&]\s*|\s+(?:(?:or|and)\s+)?)${ITEM}){0,6}?\s*`;
const NEGATING_VERB = new RegExp(String.raw`\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t|will\s+not|needn['’]?t|need\s+not)\s+(?:need|require|expect)(?:\s+(?:you\s+)?to\s+(?:know|have))?` + LIST_BEFORE, 'i');
const NO_BEFORE = new RegExp(String.raw`\bno` + LIST_BEFORE, 'i');
const NOT_A_BEFORE = new RegExp(String.raw`\bnot\s+an?` + LIST_BEFORE, 'i');
/** After the term (and the rest of its list): what "no" denies. */
const NO_AFTER = new RegExp(LIST_AFTER + String.raw`(?:experience|knowledge|background|expertise|exposure|skills?|(?:is|are)\s+(?:needed|required|necessary|expected|mandatory))\b`, 'i');
/** After the term: what "not a" denies. */
const NOT_A_AFTER = new RegExp(LIST_AFTER + String.raw`(?:role|position|job|shop|team|requirement|prerequisite|must)\b`, 'i');
/** Cheap gate: the text before the span says "no", "not" or "n't" at all. */
const NEGATION_WORD = /\b(?:no|not)\b|n['’]t\b/i;
/** How far around a span a negation is looked for. */
const NEGATION_REACH = 120;

export function negatedAt(text: string, sentence: Span, span: Span): boolean {
  const before = text.slice(Math.max(sentence.start, span.start - NEGATION_REACH), span.start);
  if (!NEGATION_WORD.test(before)) return false;
  if (NEGATING_VERB.test(before)) return true;
  const after = (): string => text.slice(span.end, Math.min(sentence.end, span.end + NEGATION_REACH));
  if (NO_BEFORE.test(before)) return NO_AFTER.test(after());
  return NOT_A_BEFORE.test(before) && NOT_A_AFTER.test(after());
}
