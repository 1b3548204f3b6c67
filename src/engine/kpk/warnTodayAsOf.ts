import { dayFromIso } from "../format/dayMath";
import { formatDate } from "../format/formatDate";
import { messages } from "../messages";
import type { ProblemLog } from "../read/ProblemLog";

/**
 * Warns when КПК is counted on today's date because no date was given, and today is past the
 * reporting year: a workbook of 2022 read in 2026 would count every course as expired.
 *
 * @param asOf The date КПК is counted on (ISO).
 * @param given Whether the date came from the user (the command line, Параметры, the pane).
 * @param year The reporting year Y, or null when there is none.
 * @param sheet The sheet where the date is set (Параметры), for the problem's place.
 */
export function warnTodayAsOf(
  asOf: string,
  given: boolean,
  year: number | null,
  sheet: string,
  problems: ProblemLog,
): void {
  if (given || year === null || Number(asOf.slice(0, 4)) <= year) return;
  problems.warning(sheet, null, messages.asOfIsToday(formatDate(dayFromIso(asOf)), year));
}
