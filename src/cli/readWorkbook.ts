import ExcelJS from "exceljs";
import {
  PackedRows,
  SharedCells,
  type CellValue,
  type SheetInput,
  type WorkbookInput,
} from "../engine";
import { readCsv } from "./csv/readCsv";
import { fileErrorText } from "./fileErrorText";
import { fileFormat, type FileFormat } from "./fileFormat";
import { readOds } from "./ods/readOds";
import { toCellValue } from "./toCellValue";
import { checkPackage } from "./xlsx/checkPackage";
import { DamagedWorkbook } from "./xlsx/DamagedWorkbook";
import { readXlsx } from "./xlsx/readXlsx";
import { UnsupportedWorkbook } from "./xlsx/xmlText";

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

/** How a file of each format is read, or what the user is told to do with it. */
const FORMATS: Record<
  FileFormat,
  { readonly read: (path: string) => Promise<WorkbookInput> } | { readonly advice: string }
> = {
  xlsx: { read: readXlsxFile },
  ods: { read: readOdsFile },
  csv: { read: async (path) => ({ sheets: [await readCsv(path)] }) },
  xls: {
    advice:
      "файл сохранён в старом формате Excel 97–2003 (.xls); откройте его в Excel и сохраните " +
      "как «Книга Excel (*.xlsx)» (Файл → Сохранить как)",
  },
  xlsb: {
    advice:
      "файл сохранён как двоичная книга Excel (.xlsb); откройте его в Excel и сохраните " +
      "как «Книга Excel (*.xlsx)» (Файл → Сохранить как)",
  },
  encrypted: {
    advice:
      "книга защищена паролем на открытие; откройте её в Excel, снимите пароль и сохраните " +
      "как книгу .xlsx",
  },
  // The directory was not followed: either is possible, and the message says both.
  ole: {
    advice:
      "файл защищён паролем или сохранён в старом формате .xls; сохраните его как книгу .xlsx " +
      "без пароля",
  },
  odsEncrypted: {
    advice:
      "таблица OpenDocument (.ods) защищена паролем; откройте её в LibreOffice Calc и " +
      "сохраните без пароля (можно сразу как .xlsx)",
  },
};

/**
 * Straight from the XML unless the file holds the unusual; both give the same cells. What goes
 * to ExcelJS is checked first: its reader trusts the sizes and references a damaged file gives.
 */
async function readXlsxFile(path: string): Promise<WorkbookInput> {
  const fast = await readXlsx(path);
  if (fast !== null) return fast;
  await checkPackage(path);
  return readWithExcelJs(path);
}

async function readOdsFile(path: string): Promise<WorkbookInput> {
  try {
    return await readOds(path);
  } catch (error) {
    if (!(error instanceof UnsupportedWorkbook)) throw error;
    throw new UnreadableFileError(
      "таблица OpenDocument (.ods) повреждена или не читается; откройте её в LibreOffice Calc " +
        "и сохраните заново",
    );
  }
}

/**
 * Reads a workbook file for the engine: .xlsx, .ods, or .csv as one sheet; the format is judged
 * by the content.
 *
 * @throws UnreadableFileError when the file is not a readable workbook, saying what to do for
 *   .xls, .xlsb and files with a password.
 */
export async function readWorkbook(path: string): Promise<{ workbook: WorkbookInput }> {
  try {
    const format = FORMATS[await fileFormat(path)];
    if ("advice" in format) throw new UnreadableFileError(format.advice);
    return { workbook: await format.read(path) };
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

function describeReadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/ENOENT/.test(text)) return "файл не найден";
  if (/encrypt|password/i.test(text)) return "файл защищён паролем";
  return fileErrorText(error) ?? "это не книга Excel (.xlsx) или файл повреждён";
}
