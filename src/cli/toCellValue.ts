import type ExcelJS from "exceljs";
import type { CellValue, SharedCells } from "../engine";

const PERCENT_FORMAT = /%/;

/**
 * Converts one ExcelJS cell to the engine's cell value: formulas by their result, rich text as
 * text; equal percent and date cells as one object from `shared`.
 */
export function toCellValue(
  value: ExcelJS.CellValue,
  numFmt: string | undefined,
  shared: SharedCells,
): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number")
    return numFmt && PERCENT_FORMAT.test(numFmt) ? shared.percent(value) : value;
  if (value instanceof Date) return shared.date(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value)
      return toCellValue((value.result ?? null) as ExcelJS.CellValue, numFmt, shared);
    if ("formula" in value || "sharedFormula" in value) return null;
    if ("text" in value) return typeof value.text === "string" ? value.text : null;
  }
  return String(value);
}
