/**
 * Colour for the `table` reporter: decided once from flags and the environment, applied as a
 * TableStyle so the core renderer stays free of ANSI codes.
 * Order: --color / --no-color, then NO_COLOR (any non-empty value: off), then FORCE_COLOR
 * ("0" or "false": off, anything else: on), then "is stdout a terminal" (and TERM is not "dumb").
 */
import type { TableStyle } from '../core/format/index.ts';
import type { Level, SectionKind } from '../core/types.ts';
import type { CliIo } from './io.ts';

export function shouldColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return !!io.stdout.isTTY && io.env.TERM !== 'dumb';
}

/** An ANSI style (SGR codes) around non-empty text. */
export const sgr =
  (...codes: number[]) =>
  (text: string): string =>
    text ? `\x1b[${codes.join(';')}m${text}\x1b[0m` : text;

const bold = sgr(1);
const dim = sgr(2);

const LEVEL_COLORS: Record<Level, (t: string) => string> = {
  required: sgr(1, 32),
  preferred: sgr(1, 33),
  mentioned: sgr(2),
};

function sectionStyle(text: string, kind: SectionKind): string {
  if (kind === 'noise') return dim(text);
  if (kind === 'requirements' || kind === 'skills') return sgr(32)(text);
  if (kind === 'preferred') return sgr(33)(text);
  if (kind === 'responsibilities') return sgr(36)(text);
  return text;
}

export const ANSI_STYLE: TableStyle = {
  id: sgr(1, 4),
  title: bold,
  label: sgr(1, 35),
  section: sectionStyle,
  level: (text, level) => LEVEL_COLORS[level](text),
  dim,
};
