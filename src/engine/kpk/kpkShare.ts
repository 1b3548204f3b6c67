/** Why a КПК share cannot be computed from the counts (SPEC 4.1, DECISIONS A-45). */
export type KpkShareError = "aboveTeachers" | "noTeachers" | "missing" | "zeroStaff";

/**
 * The КПК share completed / teachers, or why it is н/д: completed above teachers and
 * completed > 0 with no teachers are errors; 0 of 0 and missing counts are simply н/д.
 *
 * @param completed Persons who completed КПК, a whole number ≥ 0, or null when missing.
 * @param teachers Teaching staff, a whole number ≥ 0, or null when missing.
 */
export function kpkShare(
  completed: number | null,
  teachers: number | null,
): { share: number } | { error: KpkShareError } {
  if (completed === null || teachers === null) return { error: "missing" };
  if (teachers === 0) return { error: completed > 0 ? "noTeachers" : "zeroStaff" };
  if (completed > teachers) return { error: "aboveTeachers" };
  return { share: completed / teachers };
}
