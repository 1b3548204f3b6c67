import { NO_CELLS, type SchoolRecord } from "../read/SchoolRecord";

/**
 * A school record with nothing known, for formulas that give the engine one school's figures
 * without an ОО sheet: every count missing, grade 10 assumed (DECISIONS A-10), no source cells.
 * Field by field rather than a spread of the figures given: a row formula makes one per call.
 */
export function blankSchool(given: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    index: given.index ?? 0,
    row: given.row ?? 0,
    id: given.id ?? null,
    login: given.login ?? null,
    name: given.name ?? "",
    municipality: given.municipality ?? null,
    locality: given.locality ?? null,
    level: given.level ?? null,
    hasGrade10: given.hasGrade10 ?? true,
    students: given.students ?? null,
    teachers: given.teachers ?? null,
    kpkCompleted: given.kpkCompleted ?? null,
    grads9: given.grads9 ?? null,
    cont10: given.cont10 ?? null,
    olympiad3y: given.olympiad3y ?? null,
    official: given.official ?? null,
    vacancies: given.vacancies ?? null,
    social: given.social ?? {},
    isbshGiven: given.isbshGiven ?? null,
    riskLevels: given.riskLevels ?? new Map(),
    cells: given.cells ?? NO_CELLS,
  };
}
