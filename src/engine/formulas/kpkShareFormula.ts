import { plausibleMax } from "../read/schema/PLAUSIBLE_MAX";
import { kpkShare } from "../kpk/kpkShare";
import { fieldName, messages } from "../messages";
import type { CellValue } from "../types";
import { readCount } from "./formulaArguments";
import { answer, badInput, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

export const COMPLETED_LABEL = fieldName("kpkCompleted");
export const TEACHERS_LABEL = fieldName("teachers");

/**
 * The share of one school's counts as kpkShare decides it (SPEC 4.1, DECISIONS A-45): above
 * the staff or completed with no staff is bad input; 0 of 0 is «нет данных».
 */
export function countedShare(completed: number, teachers: number): FormulaOutcome<number> {
  const outcome = kpkShare(completed, teachers);
  if ("share" in outcome) return answer(outcome.share);
  switch (outcome.error) {
    case "aboveTeachers":
      return badInput(messages.kpkAboveTeachers(completed, teachers).message);
    case "noTeachers":
      return badInput(messages.kpkNoTeachers(completed).message);
    default:
      return noData(formulaMessages.kpkZeroStaff());
  }
}

/**
 * SHNOR.KPK_SHARE: completed / teachers of one school, unrounded (seed 000: 14 of 30 is
 * 0,4667); counts must be whole numbers ≥ 0, and an empty cell is «нет данных».
 */
export function kpkShareFormula(completed: CellValue, teachers: CellValue): FormulaOutcome<number> {
  const done = readCount(completed, COMPLETED_LABEL, plausibleMax("kpkCompleted"));
  if (!done.ok) return done;
  const staff = readCount(teachers, TEACHERS_LABEL, plausibleMax("teachers"));
  if (!staff.ok) return staff;
  return countedShare(done.value, staff.value);
}
