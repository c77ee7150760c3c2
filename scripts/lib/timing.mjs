/**
 * Timing helpers shared by the benchmarks: CPU time (all threads of the process, so V8's compiler
 * and collector threads count, and other processes on a busy machine disturb it less than the wall
 * clock) and percentiles.
 */

/** CPU milliseconds `fn` took. */
export function cpuMs(fn) {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** The value at fraction `p` (0–1) of the sorted values. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export const median = (values) => percentile(values, 0.5);
