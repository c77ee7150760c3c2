// The one door to the core engine at run time. The engine is loaded lazily (esbuild leaves a module
// that is only imported dynamically uninitialised until then), so activate() only registers
// providers; the glossary service starts loading it right after activation.
import type * as EngineModule from './engineModule.ts';

export type Engine = typeof EngineModule;

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  return (loading ??= import('./engineModule.ts').then((m) => (engine = m)));
}

/** The engine once loaded; callers reach it only after awaiting loadEngine() (directly or through a service). */
export function engineNow(): Engine {
  if (!engine) throw new Error('Posting Lens: the analysis engine is not loaded yet');
  return engine;
}

export const isEngineLoaded = (): boolean => engine !== undefined;
