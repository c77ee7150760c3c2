import type { Evidence, Requirements, Section, Span } from '../types.ts';
import { createContext, type FinderMemo } from './context.ts';
import type { LevelContext } from '../levels.ts';
import { findExperience, requiredMinYears } from './experience.ts';
import { findDegrees } from './degrees.ts';
import { findLanguages } from './languages.ts';
import { findWorkAuthorization } from './authorization.ts';
import { findLocations } from './locations.ts';
import { findWorkMode } from './work-mode.ts';
import { findSeniority } from './seniority.ts';
import { findCompensation, type Pay } from './compensation.ts';
import { CA_PROVINCES, DOLLAR_PLACES } from './places.ts';

/** "Toronto, ON": a Canadian province code ends the place. */
const PROVINCE_AT_END = new RegExp(`,\\s*(?:${Object.keys(CA_PROVINCES).join('|')})$`);

export { findExperience, requiredMinYears } from './experience.ts';
export { findDegrees } from './degrees.ts';
export { findLanguages, SPOKEN_LANGUAGES } from './languages.ts';
export { findWorkAuthorization } from './authorization.ts';
export { findLocations } from './locations.ts';
export { findWorkMode } from './work-mode.ts';
export { findSeniority } from './seniority.ts';
export { findCompensation, type Pay } from './compensation.ts';
export { createContext, type FinderMemo, type RequirementContext } from './context.ts';

export interface RequirementOptions {
  /** Glossary ids of the skills mentioned inside a span (for `ExperienceRequirement.skillIds`). */
  skillIdsIn?: (span: Span) => string[];
  /** The posting's title (the first place seniority is read from). */
  title?: string | null;
  /**
   * A level reader made by `createLevelReader` for this same text and these sections (analyzePosting
   * shares the one it read the skills' levels with, so each sentence's cues are read once).
   */
  levelOf?: (span: Span) => LevelContext;
  /** This document's finder memo (`createGenerations` in `core/generations.ts`), kept between analyses as it is edited. */
  memo?: FinderMemo;
}

/** Everything a posting asks of a candidate and says about the job, read from its text and sections. */
export function extractRequirements(text: string, sections: readonly Section[] = [], options: RequirementOptions = {}): Requirements {
  const ctx = createContext(text, sections, options);
  const experience = findExperience(ctx);
  const locations = findLocations(ctx);
  return {
    minYears: requiredMinYears(experience),
    experience,
    degrees: findDegrees(ctx),
    languages: findLanguages(ctx),
    workAuthorization: findWorkAuthorization(ctx),
    locations,
    workMode: findWorkMode(ctx),
    seniority: findSeniority(ctx),
    compensation: localDollars(findCompensation(ctx), locations),
  };
}

/** A bare "$" in a posting for Toronto is Canadian dollars (the first place named decides). */
function localDollars(pay: Evidence<Pay>[], locations: readonly Evidence<string>[]): Evidence<Pay>[] {
  const first = locations[0]?.value.toLowerCase();
  if (!first) return pay;
  const local = DOLLAR_PLACES[first.split(',')[0]!.trim()] ?? (PROVINCE_AT_END.test(locations[0]!.value) ? 'CAD' : undefined);
  if (!local) return pay;
  return pay.map((p) => (p.value.currency === 'USD' && /(?<![A-Z])\$/.test(p.text) && !/US\$|USD/.test(p.text) ? { ...p, value: { ...p.value, currency: local } } : p));
}
