import { dayFromIso } from "../format/dayMath";
import { formatDate } from "../format/formatDate";
import { schoolYear } from "../format/schoolYear";
import { messages } from "../messages";
import type { ProblemLog } from "../read/ProblemLog";

/**
 * Whether a date lies in the school year that ends in `year` or in the one after it
 * (DECISIONS B-02: after 31 August of Y − 1, up to 31 August of Y + 1). ISO dates compare as text.
 */
function inReportingWindow(asOf: string, year: number): boolean {
  return asOf > `${year - 1}-08-31` && asOf <= `${year + 1}-08-31`;
}

/**
 * Says on what date КПК is counted when the date is doubtful (DECISIONS B-02): taken from the clock
 * for want of one, or outside the reporting school year and the one after it, where courses of
 * the reporting year would count as expired or not yet taken.
 *
 * @param asOf The date КПК is counted on (ISO).
 * @param given Whether the date came from the user (the command line, Параметры, the pane).
 * @param year The reporting year Y, or null when there is none.
 * @param sheet The sheet where the date is set (Параметры), for the problem's place.
 */
export function warnAsOf(
  asOf: string,
  given: boolean,
  year: number | null,
  sheet: string,
  problems: ProblemLog,
): void {
  const date = formatDate(dayFromIso(asOf));
  const outside = year !== null && !inReportingWindow(asOf, year);
  if (!given)
    problems.warning(
      sheet,
      null,
      outside ? messages.asOfIsToday(date, year) : messages.asOfFromClock(date),
    );
  else if (outside) problems.warning(sheet, null, messages.asOfOutsideYear(date, schoolYear(year)));
}
