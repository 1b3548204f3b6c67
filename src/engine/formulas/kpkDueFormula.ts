import { addYears } from "../format/dayMath";
import type { Day } from "../Day";
import { defaultSettings } from "../settings";
import type { CellValue } from "../types";
import { orDefault, readDate, readWhole } from "./formulaArguments";
import { answer, type FormulaOutcome } from "./FormulaOutcome";
import { END_DATE_LABEL, YEARS_LABEL } from "./kpkValidFormula";

/** What the КПК plan says when a person has no course that counts (SPEC 4.1). */
export const DUE_NOW = "сейчас";

/**
 * SHNOR.KPK_DUE: the date the next course is due, the last course's end date + kpkYears
 * calendar years (29 Feb → 28 Feb, A-41), as the КПК plan computes it; «сейчас» when there is
 * no course.
 *
 * @param today Today's date (ISO), for the default settings.
 * @returns The due day (days since 1970-01-01), or «сейчас».
 */
export function kpkDueFormula(
  endDate: CellValue,
  years: CellValue,
  today: string,
): FormulaOutcome<Day | typeof DUE_NOW> {
  const end = orDefault(endDate, null, (v) => readDate(v, END_DATE_LABEL));
  if (!end.ok) return end;
  const span = orDefault(years, defaultSettings(today).kpkYears, (v) =>
    readWhole(v, YEARS_LABEL, 1),
  );
  if (!span.ok) return span;
  return answer(end.value === null ? DUE_NOW : addYears(end.value, span.value));
}
