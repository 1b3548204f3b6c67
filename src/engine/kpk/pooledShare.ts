/** Counts of one school or group: completed of total, and the share when it is computable. */
export interface KpkCount {
  readonly completed: number;
  readonly total: number;
  readonly share: number | null;
}

/**
 * Pooled share of staff who completed КПК: Σ completed / Σ staff, from 0 to 1 (SPEC 4.1).
 *
 * @param counts Per-school counts; schools whose share is н/д enter neither sum.
 * @returns The pooled count, with share null when no school has staff.
 */
export function pooledShare(counts: readonly (KpkCount | null)[]): KpkCount {
  let completed = 0;
  let total = 0;
  for (const c of counts) {
    if (c === null || c.share === null) continue;
    completed += c.completed;
    total += c.total;
  }
  return { completed, total, share: total > 0 ? completed / total : null };
}
