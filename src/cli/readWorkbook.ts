import ExcelJS from "exceljs";
import { open } from "fs/promises";
import {
  PackedRows,
  SharedCells,
  type CellValue,
  type SheetInput,
  type WorkbookInput,
} from "../engine";
import { fileErrorText } from "./fileErrorText";
import { toCellValue } from "./toCellValue";
import { checkPackage } from "./xlsx/checkPackage";
import { DamagedWorkbook } from "./xlsx/DamagedWorkbook";
import { readXlsx } from "./xlsx/readXlsx";

/** Why a file could not be read as a workbook. */
export class UnreadableFileError extends Error {}

/** The engine's view of an ExcelJS worksheet: rows of values, 0-based. */
export function sheetInput(ws: ExcelJS.Worksheet, shared: SharedCells): SheetInput {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCellValue(storedValue(cell), cell.numFmt, shared);
    });
    rows[rowNumber - 1] = cells;
  });
  // Packed for the engine: a long sheet's array per row is most of its memory.
  return { name: ws.name, rows: PackedRows.from(rows) };
}

/**
 * A cell's value as the file holds it. ExcelJS's `value` of a formula leaves out a result of 0,
 * FALSE or "" (it copies only truthy fields), so that `=СЧЁТЕСЛИ(…)` counting nobody would read
 * as an empty cell: the result is taken from the formula cell itself.
 */
export function storedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const source = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
  if (source.type !== ExcelJS.ValueType.Formula) return cell.value;
  return { formula: "", result: source.result } as ExcelJS.CellValue;
}

/**
 * Reads an .xlsx file for the engine: straight from its XML when it holds nothing unusual, else
 * with ExcelJS's full reader. Both give the same cells.
 *
 * @throws UnreadableFileError when the file is not a readable .xlsx workbook.
 */
export async function readWorkbook(path: string): Promise<{ workbook: WorkbookInput }> {
  try {
    if (await isOleFile(path))
      throw new UnreadableFileError(
        "файл защищён паролем или сохранён в старом формате .xls; сохраните его как книгу .xlsx без пароля",
      );
    const fast = await readXlsx(path);
    if (fast !== null) return { workbook: fast };
    await checkPackage(path);
    return { workbook: await readWithExcelJs(path) };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    if (error instanceof DamagedWorkbook) throw new UnreadableFileError(error.message);
    throw new UnreadableFileError(describeReadError(error));
  }
}

/** Reads an .xlsx file with ExcelJS's full reader: every cell with its style, then the values. */
export async function readWithExcelJs(path: string): Promise<WorkbookInput> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  const shared = new SharedCells();
  return { sheets: excel.worksheets.map((ws) => sheetInput(ws, shared)) };
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
  if (/encrypt|password/i.test(text)) return "файл защищён паролем";
  return fileErrorText(error) ?? "это не книга Excel (.xlsx) или файл повреждён";
}
