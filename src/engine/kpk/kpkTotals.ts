import type { SchoolKpk } from "./computeKpk";
import { pooledShare, type KpkCount } from "./pooledShare";

/** A group's КПК: pooled over its schools, and the heads/teachers split pooled alike. */
export interface KpkTotals extends KpkCount {
  readonly heads: KpkCount;
  readonly teachers: KpkCount;
}

const counted = (count: KpkCount | Record<string, never>): KpkCount | null =>
  count.total === undefined ? null : (count as KpkCount);

/**
 * The КПК of a group of schools (DECISIONS A-45, B-09): Σ completed / Σ staff over the schools
 * whose share is computed, never the mean of their shares; the split by post pooled the same way
 * over the schools that have it.
 */
export function kpkTotals(schools: readonly SchoolKpk[]): KpkTotals {
  return {
    ...pooledShare(
      schools.map((s) =>
        s.share === null ? null : { completed: s.completed!, total: s.total!, share: s.share },
      ),
    ),
    heads: pooledShare(schools.map((s) => counted(s.heads))),
    teachers: pooledShare(schools.map((s) => counted(s.teachers))),
  };
}
