import type { PrintSetup, TextBlock } from "./model";
import { formatDate } from "../format/formatDate";
import { schoolYear } from "../format/schoolYear";
import { dayFromIso } from "../format/dayMath";
import type { Results } from "../results";

/** The line under every sheet's title: year, as-of date and method version. */
export function subtitle(results: Results): string {
  const year =
    results.year === null ? "год не определён" : `${schoolYear(results.year)} учебный год`;
  return `${year}; по состоянию на ${formatDate(dayFromIso(results.asOf))}; методика ${results.methodVersion}`;
}

/** The title and subtitle rows every report sheet starts with (rows 1 and 2). */
export function heading(title: string, results: Results, note?: string): TextBlock[] {
  return [
    { kind: "text", row: 0, col: 0, lines: [title], style: "title" },
    {
      kind: "text",
      row: 1,
      col: 0,
      lines: [note ? `${subtitle(results)}. ${note}` : subtitle(results)],
      style: "subtitle",
    },
  ];
}

/** A4 landscape, fit to width, the header row repeated on every page. */
export function landscapeWithHeader(headerRow: number): PrintSetup {
  return {
    orientation: "landscape",
    fitToWidth: true,
    titleRows: `${headerRow + 1}:${headerRow + 1}`,
  };
}
