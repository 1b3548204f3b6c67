import { ascendingOrder } from "./ascendingOrder";

const EPS = 1e-9;

/**
 * Percentile ranks by mid-rank (SPEC 4.2): pr = (rank − 1) / (n − 1), 1 = lowest value,
 * ranks averaged over ties within ε. All in [0, 1].
 *
 * @param values At least two values.
 * @returns The percentile rank of each value, in the same order.
 */
export function midRanks(values: ArrayLike<number>): number[] {
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i])) return ranksInOrder(values, sortedIndex(values));
  return ranksInOrder(values, ascendingOrder(values));
}

/** The indexes sorted by value with a comparator: for values that are not all finite. */
function sortedIndex(values: ArrayLike<number>): number[] {
  return Array.from(values, (_, i) => i).sort((a, b) => values[a] - values[b]);
}

/** Mid-ranks from the indexes in ascending order of value. */
function ranksInOrder(values: ArrayLike<number>, order: ArrayLike<number>): number[] {
  const n = values.length;
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
