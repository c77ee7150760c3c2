// The one door to the reviewer core at run time, loaded on first use (activation stays cheap).
import type * as ReviewModule from './engineModule.ts';

export type ReviewEngine = typeof ReviewModule;

let loading: Promise<ReviewEngine> | undefined;

export function loadReviewEngine(): Promise<ReviewEngine> {
  return (loading ??= import('./engineModule.ts'));
}
