import { rowAt, type CellValue, type SheetMapping, type WorkbookInput } from "../../engine";

const text = (value: CellValue): string =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : "";

/**
 * The mapping to use: the saved correction for each sheet that is still in the workbook,
 * otherwise the engine's proposal. Headers are re-read, since the user may have renamed them.
 *
 * @param workbook The workbook as read now.
 * @param proposed The engine's proposal for this workbook.
 * @param saved The mapping saved in the workbook, or `null`.
 */
export function mergeMapping(
  workbook: WorkbookInput,
  proposed: readonly SheetMapping[],
  saved: readonly SheetMapping[] | null,
): SheetMapping[] {
  return proposed.map((mapping) => {
    const kept = saved?.find((m) => m.sheet === mapping.sheet && m.kind === mapping.kind);
    if (!kept) return mapping;
    const sheet = workbook.sheets.find((s) => s.name === mapping.sheet);
    const headers = ((sheet && rowAt(sheet.rows, kept.headerRow)) ?? []).map(text);
    return { ...mapping, headerRow: kept.headerRow, columns: { ...kept.columns }, headers };
  });
}
