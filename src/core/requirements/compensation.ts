import type { Evidence } from '../types.ts';
import { contextAt, inNoise, matchesIn, type RequirementContext } from './context.ts';
import { sectionsAt } from '../levels.ts';

/**
 * Pay: "$120,000 - $180,000", "USD 150k–200k per year", "£60,000", "SGD 8,000/month", "$50/hr",
 * "up to €90k". Money that is not pay ("raised $50M", "Try Premium for SGD0") is left out.
 */

export type Pay = { min: number | null; max: number | null; currency: string | null; period: string | null };

const SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', 'CA$': 'CAD', C$: 'CAD', A$: 'AUD', AU$: 'AUD', S$: 'SGD', HK$: 'HKD', NZ$: 'NZD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', R$: 'BRL' };
const CODES = ['USD', 'EUR', 'GBP', 'SGD', 'CAD', 'AUD', 'NZD', 'HKD', 'JPY', 'KRW', 'INR', 'CNY', 'RMB', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'AED', 'ILS', 'TWD'];
const SYMBOL = String.raw`(?:US\$|CA\$|C\$|A\$|AU\$|S\$|HK\$|NZ\$|R\$|\$|£|€|¥|₩|₹)`;
const CODE = `(?:${CODES.join('|')})`;
// Bounded repetitions keep the scan linear on long runs of digits ("123 123 123 …"). Indian
// grouping first ("₹18,00,000" is eighteen lakh, 1,800,000), then thousands, then plain digits.
const AMOUNT = String.raw`\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.\s]\d{3}){1,4}(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?`;
const SUFFIX = String.raw`(?:\s?[kK]\b|\s?(?:M|mn|million)\b)?`;
/** One money amount with its currency before or after. Groups: code/symbol before, amount, suffix, code after. */
const MONEY = String.raw`(?:(${SYMBOL}|${CODE})\s?)(${AMOUNT})(${SUFFIX})|(${AMOUNT})(${SUFFIX})\s?(${CODE}|€|£)`;
const RANGE = new RegExp(
  String.raw`(?<![\w$£€])(?:(up\s+to|from|starting\s+at)\s+)?(?:${MONEY})(?:\s*(?:-|–|—|to|and)\s*(?:(${SYMBOL}|${CODE})\s?)?(${AMOUNT})(${SUFFIX})(?:\s?(${CODE}))?)?(?:\s*(?:\/|per|an?|each)\s*(year|yr|annum|annually|month|mo|week|wk|day|hour|hr|h)\b|\s+(annually|yearly|monthly|weekly|daily|hourly)\b)?`,
  'gi',
);
/** Every amount has a currency symbol or code next to it. */
const RANGE_HINTS = new RegExp(`[$£€¥₩₹]|(?<![a-z])(?:${CODES.join('|')})`, 'i');
const PERIODS: Record<string, string> = { year: 'year', yr: 'year', annum: 'year', annually: 'year', yearly: 'year', month: 'month', mo: 'month', monthly: 'month', week: 'week', wk: 'week', weekly: 'week', day: 'day', daily: 'day', hour: 'hour', hr: 'hour', h: 'hour', hourly: 'hour' };
const PAY_WORDS = /\b(?:salary|salaries|pay|compensation|base|wage|range|OTE|CTC|stipend|earn|remuneration|rate|per\s+(?:year|annum|hour|month)|annual|package)\b/i;

/**
 * Indian pay in lakh (100,000 rupees), usually a year: "18 LPA", "₹18–25 LPA", "INR 12-15 lakhs per
 * annum", "CTC: 20 lakhs". The unit implies the currency; LPA and "per annum" the period.
 */
const RUPEES = String.raw`(?:₹|INR|Rs\.?)\s?`;
const LAKHS = String.raw`\d{1,3}(?:\.\d{1,2})?`;
const LAKH = new RegExp(
  String.raw`(?<![\w.])(${RUPEES})?(${LAKHS})(?:\s*(?:-|–|—|to)\s*(?:${RUPEES})?(${LAKHS}))?\s*(LPA|L\.P\.A\.?|(?:lakhs?|lacs?)(?:\s+per\s+annum)?)(?![\w])`,
  'gi',
);
const LAKH_HINTS = /lpa|l\.p\.a|lakh|\blacs?\b/i;
const NOT_PAY = /\b(?:raised|funding|series\s+[a-e]|valuation|revenue|ARR|invest(?:ed|ment|ors)?|budget|premium|GMV|market\s+cap|worth|donat|prize|credits?)\b/i;

function amount(raw: string, suffix: string): number {
  const digits = raw.replace(/[,\s]/g, '').replace(/\.(?=\d{3}\b)/g, '');
  let n = Number.parseFloat(digits);
  const s = suffix.trim().toLowerCase();
  if (s === 'k') n *= 1000;
  else if (s === 'm' || s === 'mn' || s === 'million') n *= 1_000_000;
  return n;
}

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  const upper = token.toUpperCase();
  if (CODES.includes(upper)) return upper === 'RMB' ? 'CNY' : upper;
  return SYMBOLS[token] ?? SYMBOLS[upper] ?? null;
}

/** The period a sentence gives its pay in ("The annual salary range is $210K - $280K"). */
function periodIn(sentence: string): string | null {
  if (/\b(?:annual(?:ly)?|per\s+(?:year|annum)|yearly|a\s+year)\b/i.test(sentence)) return 'year';
  if (/\b(?:hourly|per\s+hour|an\s+hour)\b/i.test(sentence)) return 'hour';
  if (/\b(?:monthly|per\s+month|a\s+month)\b/i.test(sentence)) return 'month';
  return null;
}

/** Pay in lakh (see LAKH), in text order. */
function lakhPay(ctx: RequirementContext): Evidence<Pay>[] {
  const { text } = ctx;
  const out: Evidence<Pay>[] = [];
  for (const m of matchesIn(ctx, LAKH, LAKH_HINTS)) {
    const [, rupees, a, b, unit] = m;
    const span = { start: m.index, end: m.index + m[0].length };
    const at = contextAt(ctx, span);
    if (inNoise(at)) continue;
    const yearly = /^l\.?p\.?a|per\s+annum$/i.test(unit!);
    const sentence = text.slice(at.sentence.start, at.sentence.end);
    // "12 lakh users" is a count; pay says so by its unit, its currency or the words around it.
    if (!yearly && !rupees && !PAY_WORDS.test(sentence)) continue;
    if (NOT_PAY.test(sentence)) continue;
    const min = Math.round(Number.parseFloat(a!) * 100_000);
    const max = b !== undefined ? Math.round(Number.parseFloat(b) * 100_000) : min;
    if (!(min > 0) || max < min) continue;
    // CTC, "cost to company", is a yearly figure.
    const period = yearly || /\bCTC\b/i.test(sentence) ? 'year' : periodIn(sentence);
    out.push({ value: { min, max, currency: 'INR', period }, span, text: text.slice(span.start, span.end) });
  }
  return out;
}

export function findCompensation(ctx: RequirementContext): Evidence<Pay>[] {
  const { text } = ctx;
  const lakhs = lakhPay(ctx);
  const out: Evidence<Pay>[] = [...lakhs];
  for (const m of matchesIn(ctx, RANGE, RANGE_HINTS)) {
    // "₹18 LPA" is 18 lakh, not 18 rupees: an amount inside pay in lakh is that pay.
    if (lakhs.some((l) => l.span.start < m.index + m[0].length && m.index < l.span.end)) continue;
    const [, bound, cur1, amt1, suf1, amtB, sufB, curB, cur2, amt2, suf2, cur2b, period1, period2] = m;
    const first = amount(amt1 ?? amtB!, suf1 ?? sufB ?? '');
    const second = amt2 !== undefined ? amount(amt2, suf2 || suf1 || sufB || '') : null;
    const currency = currencyOf(cur1 ?? curB ?? cur2 ?? cur2b);
    const periodWord = (period1 ?? period2)?.toLowerCase();
    const period = periodWord ? (PERIODS[periodWord] ?? null) : null;
    if (!(first > 0) || (second !== null && !(second >= first))) continue;
    const span = { start: m.index, end: m.index + m[0].trimEnd().length };
    const path = sectionsAt(ctx.sections, span.start);
    if (path.some((s) => s.kind === 'noise')) continue;
    const inPaySection = path.some((s) => s.kind === 'compensation');
    // Cheap test first: money with no period, no pay section and no pay word nearby is not pay.
    if (period === null && !inPaySection && second === null && !PAY_WORDS.test(text.slice(Math.max(0, span.start - 120), span.end + 120))) continue;
    const at = contextAt(ctx, span);
    const sentence = text.slice(at.sentence.start, at.sentence.end);
    if (NOT_PAY.test(sentence)) continue;
    const payLike = period !== null || inPaySection || PAY_WORDS.test(sentence) || (second !== null && first >= 1000);
    if (!payLike) continue;
    // "The annual salary range is $210K - $280K": the period is in the sentence, not by the amount.
    const period2nd =
      period ??
      periodIn(sentence) ??
      // A salary of tens of thousands (in a currency where that is not a monthly wage) is yearly.
      (/\bsalary\b/i.test(sentence) && first >= 20000 && !['JPY', 'KRW', 'INR', 'CNY', 'TWD'].includes(currency ?? '') ? 'year' : null);
    const lower = bound?.toLowerCase();
    const value: Pay =
      lower === 'up to'
        ? { min: null, max: first, currency, period: period2nd }
        : lower === 'from' || lower?.startsWith('starting')
          ? { min: first, max: null, currency, period: period2nd }
          : { min: first, max: second ?? first, currency, period: period2nd };
    // The same range stated twice (a header and a Pay section) is one piece of pay.
    if (out.some((o) => o.value.min === value.min && o.value.max === value.max && o.value.currency === value.currency && o.value.period === value.period)) continue;
    out.push({ value, span, text: text.slice(span.start, span.end) });
  }
  return lakhs.length ? out.sort((x, y) => x.span.start - y.span.start) : out;
}
