// The extension's test API as the integration suites see it: the types of src/extension/api.ts (type
// imports only, erased from the test bundles, so tsc catches any drift), plus polling.
export type { PostingLensApi, TreeSnapshot } from '../../src/extension/api.ts';
export type { Section } from '../../src/core/types.ts';

/** Polls until `check` returns a value other than undefined/false, or fails after `ms`. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
