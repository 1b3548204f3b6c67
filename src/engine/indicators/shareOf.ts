/**
 * A part of a whole as a fraction, as I2 and I3 count it from a school's figures.
 *
 * @param part The count of the part (continued to grade 10, olympiad participants), or null.
 * @param whole The count it is a share of (graduates of grade 9, students), or null.
 * @returns part / whole, or null when either is missing or the whole is 0.
 */
export function shareOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}
