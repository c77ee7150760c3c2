import type { ExperienceRequirement } from '../types.ts';
import { contextAt, hint, inNoise, matchesIn, type Hint, type RequirementContext, requirementLevel, tidySpan } from './context.ts';
import { EXPERIENCE_WORDS, foreignSignals } from '../foreign.ts';
import { plausible, requirementOf } from './years.ts';

// Other languages postings are written in: German "Mindestens 3 Jahre Berufserfahrung in der
// Softwareentwicklung", Spanish "3 años o más de experiencia como DevOps", French "5 ans d'expérience
// en développement". The experience word must follow within a few words, so "seit 10 Jahren", "vor 5
// Jahren gegründet", "hace 10 años" and "ab 18 Jahren" are not read.
interface Language {
  years: RegExp;
  /** Only paragraphs with one of the experience words are searched. */
  hint: Hint;
  numbers: Record<string, number>;
  /** What the years are of, right after the experience word: "in der", "como", "en". */
  lead: RegExp;
  stop: RegExp;
  /** Words before the years in their sentence that make them the company's ("wir", "nosotros"). */
  ours: RegExp;
}

/** One language's way of writing years of experience; every field but `numbers` is a regex source. */
interface LanguageSpec {
  /** Number words ("drei": 3); digits are always read. */
  numbers: Record<string, number>;
  /** Words before the number ("mindestens"), the word between two numbers ("bis"), the unit ("Jahre"). */
  pre: string;
  range: string;
  unit: string;
  /** What may stand between the unit and the experience word (a few words at most). */
  between: string;
  experience: string;
  lead: string;
  /** Where the subject after `lead` ends. */
  stop: string;
  ours: string;
  /** Its words in EXPERIENCE_WORDS (`foreign.ts`): only the paragraphs that hold one are searched. */
  hint: readonly string[];
  /** The language also puts the experience word first ("Experiência de pelo menos 5 anos com …"); the years then need no experience word after them. */
  experienceFirst?: string;
}

function language(spec: LanguageSpec): Language {
  const num = `(?:\\d{1,2}|${Object.keys(spec.numbers).join('|')})`;
  const years = `(?:(${spec.pre})\\s+)?(${num})\\s*(\\+)?(?:\\s*(?:-|–|—|${spec.range})\\s*(${num})\\s*(\\+)?)?\\s+${spec.unit}`;
  const after = `\\s+${spec.between}(?:${spec.experience})(?![\\p{L}])`;
  const first = spec.experienceFirst;
  return {
    years: new RegExp(first ? `(?<![\\p{L}\\d])(?:(?:${first})\\s+(?:[\\p{L}]+\\s+){0,2}?${years}(?![\\p{L}])|${years}${after})` : `(?<![\\p{L}\\d])${years}${after}`, 'giu'),
    hint: hint(...spec.hint),
    numbers: spec.numbers,
    lead: new RegExp(`^\\s*(?:${spec.lead})\\s+`, 'iu'),
    stop: new RegExp(`[.;:()[\\]\\n\\r]|,\\s|\\s(?:${spec.stop})(?![\\p{L}])|\\s[-–—]\\s`, 'iu'),
    ours: new RegExp(`(?<![\\p{L}])(?:${spec.ours})(?![\\p{L}])`, 'iu'),
  };
}

const LANGUAGES: Language[] = [
  language({
    numbers: { ein: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
    pre: 'mindestens|min\\.|über|mehr\\s+als',
    range: 'bis',
    unit: 'Jahr(?:e|en)?',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'Berufserfahrung|Berufspraxis|Praxiserfahrung|Erfahrung|Projekterfahrung|Industrieerfahrung',
    hint: EXPERIENCE_WORDS.german,
    lead: '(?:in|mit|im|bei|als|auf)(?:\\s+(?:der|dem|den|die|einem|einer|eines|dem\\s+Bereich|Bereich))?',
    stop: 'und\\s+(?:eine?|Sie|du)|sowie|idealerweise|vorzugsweise|wünschenswert|von\\s+Vorteil',
    ours: 'wir|unser\\p{L}*',
  }),
  language({
    numbers: { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
    pre: 'al\\s+menos|mínimo|como\\s+mínimo|más\\s+de',
    range: 'a',
    unit: 'años?',
    between: '(?:o\\s+más\\s+)?(?:de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'experiencia',
    hint: EXPERIENCE_WORDS.spanish,
    lead: '(?:en|con|como)(?:\\s+(?:el|la|los|las|un|una))?',
    stop: 'y\\s+(?:un|una)|preferiblemente|idealmente|deseable',
    ours: 'nosotros|nuestr\\p{L}*|somos',
  }),
  language({
    numbers: { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
    pre: 'au\\s+moins|minimum|plus\\s+de',
    range: 'à',
    unit: '(?:ans?|années?)',
    between: '(?:minimum\\s+)?(?:d[\'’]\\s*|de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'expériences?',
    hint: EXPERIENCE_WORDS.french,
    lead: '(?:en|dans|avec|comme|sur)(?:\\s+(?:le|la|les|un|une))?',
    stop: 'et\\s+(?:un|une)|idéalement|de\\s+préférence|souhaitée?',
    ours: 'nous|notre|nos',
  }),
  language({
    numbers: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
    pre: 'minimaal|minstens|ten\\s+minste|meer\\s+dan',
    range: 'tot',
    unit: 'jaar',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'werkervaring|ervaring|praktijkervaring|relevante\\s+ervaring',
    hint: EXPERIENCE_WORDS.dutch,
    lead: '(?:in|met|als|bij)(?:\\s+(?:de|het|een))?',
    stop: 'en\\s+(?:een|je)|bij\\s+voorkeur|idealiter|waarvan',
    ours: 'wij|we|ons|onze',
  }),
  language({
    numbers: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
    pre: 'pelo\\s+menos|no\\s+mínimo|mínimo\\s+de|mais\\s+de',
    range: 'a',
    unit: 'anos?',
    between: '(?:de\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'experiência|experiencia|atuação',
    hint: EXPERIENCE_WORDS.portuguese,
    lead: '(?:em|com|como|na|no|nas|nos)(?:\\s+(?:o|a|os|as|um|uma))?',
    stop: 'e\\s+(?:um|uma)|sendo|preferencialmente|idealmente|desejável',
    ours: 'nós|nosso\\p{L}*|somos',
    experienceFirst: 'experiência|experiencia|vivência',
  }),
  language({
    numbers: { un: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
    pre: 'almeno|minimo|oltre|più\\s+di',
    range: 'a',
    unit: 'ann[io]',
    between: '(?:di\\s+)?(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'esperienza|esperienze',
    hint: EXPERIENCE_WORDS.italian,
    lead: '(?:in|con|come|nel|nella|nei|nelle|su)(?:\\s+(?:il|lo|la|i|gli|le|un|una))?',
    stop: 'e\\s+(?:un|una)|preferibilmente|idealmente|costituisce',
    ours: 'noi|nostr\\p{L}*|siamo',
    experienceFirst: 'esperienza',
  }),
  language({
    numbers: { jeden: 1, jednego: 1, dwa: 2, dwóch: 2, trzy: 3, trzech: 3, cztery: 4, czterech: 4, pięć: 5, pięciu: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10 },
    pre: 'min\\.|minimum|co\\s+najmniej|powyżej|ponad',
    range: 'do',
    unit: '(?:lat[a]?|rok|roku)',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'doświadczenia|doświadczenie|doświadczeniem',
    hint: EXPERIENCE_WORDS.polish,
    lead: '(?:w|z|jako|na)(?:\\s+(?:pracy|roli))?',
    stop: 'oraz|i\\s+(?:znajomość)|mile\\s+widziane',
    ours: 'my|nasz\\p{L}*|jesteśmy',
  }),
  language({
    numbers: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10 },
    pre: 'minst|mer\\s+än|över',
    range: 'till',
    unit: '(?:års?|år)',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'erfarenhet|yrkeserfarenhet|arbetslivserfarenhet',
    hint: EXPERIENCE_WORDS.swedish,
    lead: '(?:av|inom|som|med|från)',
    stop: 'och\\s+(?:en|ett)|gärna|meriterande',
    ours: 'vi|vår|våra|vårt',
  }),
  language({
    numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 },
    pre: 'minimal|minimum|setidaknya|lebih\\s+dari',
    range: 'sampai|hingga',
    unit: 'tahun',
    between: '(?:[\\p{L}-]+\\s+){0,2}?',
    experience: 'pengalaman',
    hint: EXPERIENCE_WORDS.indonesian,
    lead: '(?:sebagai|di|dalam|dengan)',
    stop: 'dan\\s+(?:memiliki)|diutamakan|lebih\\s+disukai',
    ours: 'kami',
    experienceFirst: 'pengalaman(?:\\s+kerja)?(?:\\s+minimal)?',
  }),
  language({
    numbers: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10 },
    pre: 'en\\s+az|minimum|asgari',
    range: 'ile',
    unit: 'yıl(?:lık)?',
    between: '(?:[\\p{L}\'’-]+\\s+){0,2}?',
    experience: 'deneyimli|deneyim\\p{L}*|tecrübeli|tecrübe\\p{L}*',
    hint: EXPERIENCE_WORDS.turkish,
    lead: '(?:olarak|alanında)',
    stop: 've|tercihen',
    ours: 'biz|bizim',
  }),
  language({
    numbers: { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 },
    pre: 'tối\\s+thiểu|ít\\s+nhất|trên|từ',
    range: 'đến',
    unit: 'năm',
    between: '',
    experience: 'kinh\\s+nghiệm',
    hint: EXPERIENCE_WORDS.vietnamese,
    lead: '(?:ở|trong|với|làm)(?:\\s+vị\\s+trí)?',
    stop: 'và|ưu\\s+tiên',
    ours: 'chúng\\s+tôi|công\\s+ty',
  }),
];

/** Japanese, Chinese and Korean: "実務経験３年以上", "5年以上の開発経験", "3年以上大数据开发经验", "개발 경력 3년 이상" (full-width digits too). */
const JA_YEARS = /(?:経験|経歴|经验|경력|경험)[^。\n\r]{0,15}?([0-9０-９]{1,2})\s*(?:年以上|년\s*이상)|([0-9０-９]{1,2})\s*(?:年以上的?|년\s*이상의?)[^。\n\r]{0,15}?(?:経験|経歴|经验|경력|경험)/g;
const halfWidth = (s: string): number => Number.parseInt(s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);

export function findJapanese(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  if (!foreignSignals(text).cjkYears) return;
  for (const m of matchesIn(ctx, JA_YEARS)) {
    const min = halfWidth(m[1] ?? m[2]!);
    if (!plausible(min, null)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const level = contextAt(ctx, span);
    if (inNoise(level)) continue;
    out.push({ span, text: m[0], minYears: min, maxYears: null, subject: '', skillIds: ctx.skillIdsIn(level.sentence), level: requirementLevel(level) });
  }
}

export function findOtherLanguages(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  if (!foreignSignals(text).experience) return;
  for (const lang of LANGUAGES) {
    for (const m of matchesIn(ctx, lang.years, lang.hint)) {
      const start = m.index;
      const end = start + m[0].length;
      const number = (s: string) => lang.numbers[s.toLowerCase()] ?? Number.parseInt(s, 10);
      // With `experienceFirst`, groups 1–5 are its alternative and 6–10 the years-first one.
      const g = m[2] === undefined && m.length > 6 ? 5 : 0;
      const min = number(m[2 + g]!);
      const max = m[4 + g] ? number(m[4 + g]!) : null;
      if (!plausible(min, max)) continue;
      const level = contextAt(ctx, { start, end });
      if (inNoise(level)) continue;
      // "Wir haben 10 Jahre Erfahrung im Markt": the company's years, not the candidate's.
      if (lang.ours.test(text.slice(level.sentence.start, start))) continue;
      const sentenceEnd = Math.max(level.sentence.end, end);
      const rest = text.slice(end, sentenceEnd);
      const lead = lang.lead.exec(rest);
      const from = end + (lead ? lead[0].length : 0);
      const stop = lead ? lang.stop.exec(text.slice(from, sentenceEnd)) : null;
      const subject = lead ? tidySpan(text, from, stop ? from + stop.index : Math.min(sentenceEnd, from + 90)) : { start: end, end };
      out.push(requirementOf(ctx, { start, end: Math.max(end, subject.end) }, subject, min, max, requirementLevel(level)));
    }
  }
}
