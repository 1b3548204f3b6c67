import { schoolKey } from "../text/schoolKey";

const NO_GRADE_10 = /ООШ|НОШ|основн|начальн/i;

/** Whether a school teaches grade 10 (DECISIONS A-10). */
export function hasGrade10(level: string | null, name: string): boolean {
  if (level !== null) return !NO_GRADE_10.test(level);
  const kind = schoolKey(name).kind;
  return kind !== "основная" && kind !== "начальная";
}
