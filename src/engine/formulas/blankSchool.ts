import { newSchoolRecord } from "../read/newSchoolRecord";
import type { SchoolRecord } from "../read/SchoolRecord";

/**
 * A school record with nothing known, for formulas that give the engine one school's figures
 * without an ОО sheet: every column missing, grade 10 assumed (DECISIONS A-10), no source cells.
 */
export function blankSchool(given: Partial<SchoolRecord> = {}): SchoolRecord {
  const school = newSchoolRecord();
  school.name = "";
  for (const [key, value] of Object.entries(given)) if (value !== undefined) school[key] = value;
  return school;
}
