import { pooledShare, type KpkCount } from "./pooledShare";

/** A group's КПК: pooled over its schools, and the heads/teachers split pooled alike. */
export interface KpkTotals extends KpkCount {
  readonly heads: KpkCount;
  readonly teachers: KpkCount;
}

/** What a school's КПК gives a group's (SchoolKpk has it). */
export interface SchoolCounts {
  readonly completed: number | null;
  readonly total: number | null;
  readonly share: number | null;
  readonly heads: KpkCount | Record<string, never>;
  readonly teachers: KpkCount | Record<string, never>;
}

const counted = (count: KpkCount | Record<string, never>): KpkCount | null =>
  count.total === undefined ? null : (count as KpkCount);

/**
 * The КПК of a group of schools (DECISIONS A-45, B-09): Σ completed / Σ staff over the schools
 * whose share is computed, never the mean of their shares; the split by post pooled the same way
 * over the schools that have it.
 */
export function kpkTotals(schools: readonly SchoolCounts[]): KpkTotals {
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
