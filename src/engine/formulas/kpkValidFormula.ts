import { dayFromIso } from "../format/dayMath";
import { isoDate } from "../format/formatDate";
import { computeKpk } from "../kpk/computeKpk";
import { fieldName } from "../messages";
import { ProblemLog } from "../read/ProblemLog";
import type { TeacherRow } from "../read/readTeachers";
import { defaultSettings } from "../settings";
import type { CellValue } from "../types";
import { blankSchool } from "./blankSchool";
import { orDefault, readDate, readNonNegative, readWhole } from "./formulaArguments";
import { answer, type FormulaOutcome } from "./FormulaOutcome";

export const END_DATE_LABEL = fieldName("endDate");
export const YEARS_LABEL = "Срок действия КПК, лет";
const HOURS_LABEL = fieldName("hours");
const AS_OF_LABEL = "Дата расчёта";
const MIN_HOURS_LABEL = "Наименьший объём курса, часов";

/**
 * SHNOR.KPK_VALID: whether one course counts for КПК on a date (SPEC 4.1, DECISIONS A-41,
 * The course is handed to computeKpk as the only row of a one-person school, so the
 * window (asOf − years, asOf] and the hours threshold are the engine's own. A course with no
 * end date or no hours does not count (FALSE), as a Педагоги row without a course.
 *
 * @param today Today's date (ISO), the as-of date when none is given.
 */
export function kpkValidFormula(
  endDate: CellValue,
  hours: CellValue,
  asOf: CellValue,
  years: CellValue,
  minHours: CellValue,
  today: string,
): FormulaOutcome<boolean> {
  const defaults = defaultSettings(today);
  const end = orDefault(endDate, null, (v) => readDate(v, END_DATE_LABEL));
  if (!end.ok) return end;
  const volume = orDefault(hours, null, (v) => readNonNegative(v, HOURS_LABEL));
  if (!volume.ok) return volume;
  const day = orDefault(asOf, dayFromIso(today), (v) => readDate(v, AS_OF_LABEL));
  if (!day.ok) return day;
  const span = orDefault(years, defaults.kpkYears, (v) => readWhole(v, YEARS_LABEL, 1));
  if (!span.ok) return span;
  const least = orDefault(minHours, defaults.kpkMinHours, (v) =>
    readNonNegative(v, MIN_HOURS_LABEL),
  );
  if (!least.ok) return least;

  const settings = {
    ...defaults,
    asOf: isoDate(day.value),
    kpkYears: span.value,
    kpkMinHours: least.value,
  };
  const course: TeacherRow = {
    school: 0,
    sheet: "",
    row: 1,
    person: "",
    fio: "",
    position: null,
    course: null,
    hours: volume.value,
    endDate: end.value,
    provider: null,
    columns: new Map(),
  };
  const kpk = computeKpk([blankSchool()], [course], settings, new ProblemLog());
  return answer(kpk.schools[0].completed === 1);
}
