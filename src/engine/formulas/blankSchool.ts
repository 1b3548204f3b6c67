import { SCHOOL_COLUMNS } from "../read/schema/SCHOOL_COLUMNS";
import { NO_CELLS, type SchoolRecord } from "../read/SchoolRecord";

/**
 * A school record with nothing known, for formulas that give the engine one school's figures
 * without an ОО sheet: every column missing, grade 10 assumed (DECISIONS A-10), no source cells.
 */
export function blankSchool(given: Partial<SchoolRecord> = {}): SchoolRecord {
  const school: Record<string, unknown> = {
    index: given.index ?? 0,
    row: given.row ?? 0,
    hasGrade10: given.hasGrade10 ?? true,
    social: given.social ?? {},
    riskLevels: given.riskLevels ?? new Map(),
    cells: given.cells ?? NO_CELLS,
  };
  for (const { key } of SCHOOL_COLUMNS) school[key] = given[key] ?? null;
  school.name = given.name ?? "";
  return school as unknown as SchoolRecord;
}
