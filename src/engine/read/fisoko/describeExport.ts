import { countOf } from "../../format/plural";
import type { FisokoSheetSummary } from "./readFisokoExports";

/**
 * What was read from an export sheet, as the pane and the CLI's summary list it:
 * «Сравнение отметок с отметками по журналу, математика, 4 класс, 2026: 3 школы района».
 */
export function describeExport(summary: FisokoSheetSummary): string {
  const parts = [
    summary.label,
    summary.subject,
    summary.grade === null ? null : `${summary.grade} класс`,
    summary.year === null ? null : String(summary.year),
  ];
  const schools = countOf(summary.schools, "школа", "школы", "школ");
  return `${parts.filter((p) => p !== null).join(", ")}: ${schools} района`;
}
