import type { SchoolRecord } from "../read/readSchools";

/**
 * A school record with nothing known, for formulas that give the engine one school's figures
 * without an ОО sheet: every count missing, grade 10 assumed (DECISIONS A-10), no source cells.
 */
export function blankSchool(overrides: Partial<SchoolRecord> = {}): SchoolRecord {
  return {
    index: 0,
    row: 0,
    id: null,
    login: null,
    name: "",
    municipality: null,
    locality: null,
    level: null,
    hasGrade10: true,
    students: null,
    teachers: null,
    kpkCompleted: null,
    grads9: null,
    cont10: null,
    olympiad3y: null,
    official: null,
    vacancies: null,
    social: {},
    isbshGiven: null,
    riskLevels: new Map(),
    sources: {},
    ...overrides,
  };
}
