import type { ExperienceRequirement, Span } from '../types.ts';
import { contextAt, inNoise, requirementLevel, tidySpan, type RequirementContext } from './context.ts';
import { plausible, requirementOf } from './years.ts';

/** A table's years column: "Years", "Yrs", "Years of experience", "Experience (years)", "Min. years". */
const YEARS_HEADER = /^(?:min(?:imum|\.)?\s+)?(?:years?|yrs?)(?:\s+of\s+experience)?$|^experience\s*\((?:years?|yrs?)\)$/i;
const YEARS_CELL = /^(\d{1,2})\s*(\+)?(?:\s*(?:-|–|—|to)\s*(\d{1,2})\s*\+?)?(?:\s*(?:years?|yrs?)\+?)?$/i;

/** The cells of a table row ("| Embedded C | Required | 4+ |"), with their spans, or null. */
function cellsOf(text: string, start: number, end: number): Span[] | null {
  const cells: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x7c /* | */) {
      cells.push({ start: from, end: i });
      from = i + 1;
    }
  }
  // Leading and trailing pipes leave empty outer cells.
  if (cells.length && !text.slice(cells[0]!.start, cells[0]!.end).trim()) cells.shift();
  if (cells.length && !text.slice(cells[cells.length - 1]!.start, cells[cells.length - 1]!.end).trim()) cells.pop();
  return cells.length >= 2 ? cells.map((c) => tidySpan(text, c.start, c.end)) : null;
}

/**
 * Years in a table with a years column ("| Skill | Level | Years |" / "| Embedded C | Required | 4+ |"):
 * each figure is the experience asked for the row's first cell, at the row's level.
 */
export function findTableYears(ctx: RequirementContext, out: ExperienceRequirement[]): void {
  const { text } = ctx;
  let column = -1;
  // The next "|" at or after the current line, searched for again only once passed (linear).
  let pipe = -2;
  // The years already read (in text order): a cell inside one of them is not read again.
  const taken = out.map((e) => e.span).sort((a, b) => a.start - b.start);
  let k = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (pipe !== -1 && pipe < start) pipe = text.indexOf('|', start);
    const cells = pipe >= 0 && pipe < lineEnd ? cellsOf(text, start, lineEnd) : null;
    if (!cells) column = -1;
    else {
      const values = cells.map((c) => text.slice(c.start, c.end).replace(/[*_`]/g, '').trim());
      const header = values.findIndex((v) => YEARS_HEADER.test(v));
      if (header >= 0) column = header;
      else if (column >= 0 && column < cells.length && column > 0 && !values.every((v) => /^:?-{2,}:?$/.test(v))) {
        const m = YEARS_CELL.exec(values[column]!);
        const min = m ? Number(m[1]) : NaN;
        const max = m?.[3] ? Number(m[3]) : null;
        if (m && plausible(min, max)) {
          const cell = cells[column]!;
          const level = contextAt(ctx, cell);
          while (k < taken.length && taken[k]!.end <= cell.start) k++;
          if (!inNoise(level) && !(k < taken.length && taken[k]!.start < cell.end)) {
            out.push(requirementOf(ctx, cell, cells[0]!, min, max, requirementLevel(level)));
          }
        }
      }
    }
    start = end + 1;
  }
}
