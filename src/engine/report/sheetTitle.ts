import { formatDate } from "../format/formatDate";
import { dayFromIso } from "../format/dayMath";
import type { Results } from "../results";

/** The line under every sheet's title: year, as-of date and method version. */
export function subtitle(results: Results): string {
  const year = results.year === null ? "год не определён" : `${results.year - 1}–${results.year} учебный год`;
  return `${year}; по состоянию на ${formatDate(dayFromIso(results.asOf))}; методика ${results.methodVersion}`;
}
