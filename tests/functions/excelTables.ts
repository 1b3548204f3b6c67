import ExcelJS from "exceljs";
import { SharedCells } from "../../src/engine";
import { storedValue } from "../../src/cli/readWorkbook";
import { toCellValue } from "../../src/cli/toCellValue";

const DAY_MS = 86_400_000;
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

/**
 * The sheets of a workbook as Excel passes ranges to a custom function: a full rectangle with
 * its header row, formulas by their results, dates as serial numbers, percent cells as plain
 * fractions (the format is not passed) and empty cells as "".
 */
export async function excelTables(path: string): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tables = new Map<string, unknown[][]>();
  const shared = new SharedCells();
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getRow(r).getCell(c);
        cells.push(asPassed(toCellValue(storedValue(cell), cell.numFmt, shared)));
      }
      rows.push(cells);
    }
    tables.set(sheet.name, rows);
  }
  return tables;
}

/** One engine cell value as Excel passes it to a custom function. */
export function asPassed(value: ReturnType<typeof toCellValue>): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return (value.getTime() - EXCEL_DAY_ZERO) / DAY_MS;
  if (typeof value === "object") return "percent" in value ? value.percent : value.error;
  return value;
}
