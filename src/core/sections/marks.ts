import type { SectionKind, Span } from '../types.ts';

/**
 * A section start found by a parser, before nesting: a heading (or an untitled start of preamble or
 * debris). Sections are built from consecutive marks; a mark's body runs to the next mark.
 */
export interface Mark {
  title: string;
  kind: SectionKind;
  /** The heading text in the original; zero-length at the section start for untitled marks. */
  headingSpan: Span;
  /** Where the heading's syntax begins (`## `, `**`); the section span starts here. */
  blockStart: number;
  /** Where the section's own content begins (after the heading line or the glued heading). */
  bodyStart: number;
  /** Markdown heading depth (1–6; bold label lines one deeper than the heading above); 1 in text. */
  level: number;
  /** How the heading is set off: blank lines before/after, or glued into running text. */
  style: string;
  /** Untitled preamble or debris run. */
  untitled: boolean;
}
