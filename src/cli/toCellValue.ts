import type ExcelJS from "exceljs";
import type { CellValue, SharedCells } from "../engine";

const PERCENT_FORMAT = /%/;
// What a number or a date that ExcelJS could not read becomes: Excel's own error for a number
// it cannot show, rather than «NaN» or «Invalid Date» in a message.
const UNREADABLE_NUMBER = { error: "#ЧИСЛО!" } as const;

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
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return UNREADABLE_NUMBER;
    return numFmt && PERCENT_FORMAT.test(numFmt) ? shared.percent(value) : value;
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? UNREADABLE_NUMBER : shared.date(value);
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
