const EPS = 1e-9;

/**
 * Percentile ranks by mid-rank (SPEC 4.2): pr = (rank − 1) / (n − 1), 1 = lowest value,
 * ranks averaged over ties within ε. All in [0, 1].
 *
 * @param values At least two values.
 * @returns The percentile rank of each value, in the same order.
 */
export function midRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(values[i])) return midRanksByOrder(Array.from(values));
  // A typed array sorts numerically without a comparator call per pair: this runs per cell of
  // the composite. Equal values share a rank, so a value's rank is that of its first position.
  const sorted = Float64Array.from(values).sort();
  const rankAt = new Float64Array(n);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && sorted[end] - sorted[start] <= EPS) end++;
    const rank = (start + 1 + end) / 2; // the mean of ranks start+1 … end
    rankAt.fill(n > 1 ? (rank - 1) / (n - 1) : 0, start, end);
    start = end;
  }
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) ranks[i] = rankAt[lowerBound(sorted, values[i])];
  return ranks;
}

/** The first position in `sorted` whose value is not below `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same ranks through a sorted index: for values that are not all finite. */
function midRanksByOrder(values: readonly number[]): number[] {
  const n = values.length;
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(n);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && values[order[end]] - values[order[start]] <= EPS) end++;
    const rank = (start + 1 + end) / 2; // the mean of ranks start+1 … end
    for (let j = start; j < end; j++) ranks[order[j]] = n > 1 ? (rank - 1) / (n - 1) : 0;
    start = end;
  }
  return ranks;
}
