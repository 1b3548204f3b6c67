import { countOf } from "../../format/plural";
import type { FisokoSheetSummary } from "./readFisokoExports";
import { seriesText } from "./seriesText";

/**
 * What was read from an export sheet, as the pane and the CLI's summary list it:
 * «Сравнение отметок с отметками по журналу, математика, 4 класс, 2026: 3 школы района».
 */
export function describeExport(summary: FisokoSheetSummary): string {
  const series = seriesText(summary.subject, summary.grade, summary.year);
  const schools = countOf(summary.schools, "школа", "школы", "школ");
  return `${[summary.label, series].filter(Boolean).join(", ")}: ${schools} района`;
}
