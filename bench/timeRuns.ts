/** The timings of a measured function: every run and their median, in milliseconds. */
export interface Timing {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
}

/** How often to run: unmeasured warm-up runs (the JIT settles), then measured runs. */
export interface RunCounts {
  readonly warmup: number;
  readonly runs: number;
}

/**
 * The runs of the engine once the JIT has settled: V8 takes about fifteen runs to optimize the
 * whole engine, so the measured runs start after as many.
 */
export const SETTLED_ENGINE: RunCounts = { warmup: 15, runs: 21 };

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times a function: warm-up runs first, then the median of the measured runs, so that one
 * slow run (a collection, another process) does not decide the figure. A run's result is let go
 * before the next run starts, so that it does not weigh on that run's memory.
 *
 * @param fn The work; it may be async.
 * @param counts Warm-up and measured runs.
 * @param beforeEach Untimed preparation before every run, e.g. a garbage collection.
 * @returns The timings, and in `results` the last run's result alone.
 */
export async function timeRuns(
  fn: () => unknown,
  counts: RunCounts,
  beforeEach?: () => void,
): Promise<Timing & { readonly results: unknown[] }> {
  let last: unknown;
  for (let i = 0; i < counts.warmup; i++) {
    last = undefined;
    beforeEach?.();
    last = await fn();
  }
  const runsMs: number[] = [];
  for (let i = 0; i < counts.runs; i++) {
    last = undefined;
    beforeEach?.();
    const start = performance.now();
    last = await fn();
    runsMs.push(performance.now() - start);
  }
  return { medianMs: runsMs.length > 0 ? median(runsMs) : NaN, runsMs, results: [last] };
}
