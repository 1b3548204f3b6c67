import { midRanks } from "../indicators/midRanks";

/**
 * Where a value stands among numbers: the index of an equal number, or of one midRanks counts
 * as tied with it (within ε, DECISIONS A-05); −1 when it is none of them.
 */
export function tiedIndex(numbers: readonly number[], value: number): number {
  const exact = numbers.indexOf(value);
  if (exact >= 0) return exact;
  const ranks = midRanks([...numbers, value]);
  const own = ranks[numbers.length];
  return ranks.findIndex((rank, i) => i < numbers.length && rank === own);
}
