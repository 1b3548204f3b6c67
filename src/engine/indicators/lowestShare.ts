const EPS = 1e-9;

/** The outcome of the "lowest share" rule: the threshold and, per value, whether it is met. */
export interface LowestOutcome {
  readonly threshold: number | null;
  readonly met: readonly (boolean | null)[];
}

/**
 * The lowest `share` of values with ties (SPEC 4.2, DECISIONS ): of the N values
 * present, k = ⌈share·N − ε⌉; the threshold is the k-th lowest, and every value within ε of
 * it is included. Missing values are null, never "not met". Used by I1, ШНСУ and SHNOR.LOWEST.
 *
 * @param values One value per item, null when missing.
 * @param share The share in (0, 1].
 */
export function lowestShare(values: readonly (number | null)[], share: number): LowestOutcome {
  let count = 0;
  for (const v of values) if (v !== null) count++;
  // A typed array sorts numerically without a comparator call per pair: this runs per cell of
  // the ВПР objectivity rule and per region for I1 and ШНСУ.
  const present = new Float64Array(count);
  count = 0;
  for (const v of values) if (v !== null) present[count++] = v;
  present.sort();
  if (count === 0) return { threshold: null, met: values.map(() => null) };
  const k = Math.min(count, Math.max(1, Math.ceil(share * count - EPS)));
  // + 0 turns −0, which a sorted Float64Array puts before 0, into 0: thresholds are shown.
  const threshold = present[k - 1] + 0;
  return { threshold, met: values.map((v) => (v === null ? null : v <= threshold + EPS)) };
}

/** The highest `share` of values with ties: the mirror of {@link lowestShare}. */
export function highestShare(values: readonly (number | null)[], share: number): LowestOutcome {
  const mirrored = lowestShare(
    values.map((v) => (v === null ? null : -v)),
    share,
  );
  // 0 − t rather than −t: a threshold of 0 stays 0, not −0.
  return {
    threshold: mirrored.threshold === null ? null : 0 - mirrored.threshold,
    met: mirrored.met,
  };
}
