import ExcelJS from "exceljs";
import { open } from "fs/promises";
import { SharedCells, type CellValue, type SheetInput, type WorkbookInput } from "../engine";

/** Why a file could not be read as a workbook. */
export class UnreadableFileError extends Error {}

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

/** The engine's view of an ExcelJS worksheet: rows of values, 0-based. */
export function sheetInput(ws: ExcelJS.Worksheet, shared: SharedCells): SheetInput {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCellValue(cell.value, cell.numFmt, shared);
    });
    rows[rowNumber - 1] = cells;
  });
  return { name: ws.name, rows };
}

/**
 * Reads an .xlsx file for the engine.
 *
 * @throws UnreadableFileError when the file is not a readable .xlsx workbook.
 */
export async function readWorkbook(
  path: string,
): Promise<{ workbook: WorkbookInput; excel: ExcelJS.Workbook }> {
  const excel = new ExcelJS.Workbook();
  try {
    if (await isOleFile(path))
      throw new UnreadableFileError(
        "файл защищён паролем или сохранён в старом формате .xls; сохраните его как книгу .xlsx без пароля",
      );
    await excel.xlsx.readFile(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeReadError(error));
  }
  const shared = new SharedCells();
  return { workbook: { sheets: excel.worksheets.map((ws) => sheetInput(ws, shared)) }, excel };
}

// Password-protected .xlsx and old .xls files are OLE compound files, not zip packages.
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function isOleFile(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(OLE_SIGNATURE.length);
    await file.read(head, 0, head.length, 0);
    return head.equals(OLE_SIGNATURE);
  } finally {
    await file.close();
  }
}

function describeReadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return "файл не найден";
  if (/EACCES|EPERM/.test(text)) return "нет доступа к файлу";
  if (/EISDIR/.test(text)) return "это папка, а не файл";
  if (/encrypt|password/i.test(text)) return "файл защищён паролем";
  return "это не книга Excel (.xlsx) или файл повреждён";
}
