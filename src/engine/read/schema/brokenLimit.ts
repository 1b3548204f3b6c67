import { FIELD_LIMITS, type FieldLimit } from "./FIELD_LIMITS";

/** A check that failed, with the two values it compared. */
export interface BrokenLimit {
  readonly check: FieldLimit;
  readonly value: number;
  readonly limit: number;
}

/**
 * The first check whose value goes over its limit, among the values a row has.
 *
 * @param valueOf A row's value by key; anything but a number when the row has none.
 * @param checks The checks to apply, FIELD_LIMITS unless a reader applies some of them later.
 * @returns The broken check, or undefined when every known value is within its limit.
 */
export function brokenLimit(
  valueOf: (key: string) => unknown,
  checks: readonly FieldLimit[] = FIELD_LIMITS,
): BrokenLimit | undefined {
  for (const check of checks) {
    const value = valueOf(check.key);
    if (typeof value !== "number") continue; // most rows lack most checked values
    const limit = valueOf(check.limit);
    if (typeof limit === "number" && value > limit) return { check, value, limit };
  }
  return undefined;
}
