import { messages } from "./messages";
import type { ProblemLog } from "./read/ProblemLog";
import type { ResultTable, Series } from "./read/ResultTable";

const isExam = (s: Series) => s.procedure === "ОГЭ" || s.procedure === "ЕГЭ";

/**
 * The reporting year Y: the year given, else the latest year of the results. The latest
 * year may have only ВПР (e.g. fresh ФИС ОКО exports), which leaves R1–R6 and most of I1
 * without data: unless the user named Y, they are told which year has the exams.
 *
 * @param given The year of the command line or the settings, or null.
 * @param named Whether the command line or Параметры named the year.
 * @param sheet The results sheet, where the warning is recorded.
 * @returns Y, or null when it is not given and there are no results.
 */
export function reportingYear(
  rows: ResultTable,
  given: number | null,
  named: boolean,
  sheet: string,
  problems: ProblemLog,
): number | null {
  const year = given ?? rows.latestYear();
  if (named || year === null) return year;
  const examYear = rows.latestYear(isExam);
  if (examYear === null || examYear === year) return year;
  // Exams of a later year (Y from the settings) may leave some of Y as well.
  if (examYear > year && rows.where({ series: isExam, firstYear: year, lastYear: year }).length > 0)
    return year;
  problems.warning(sheet, null, messages.yearWithoutExams(year, examYear));
  return year;
}
