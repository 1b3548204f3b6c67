import { rowsOf } from "../../helpers/workbook";
import ExcelJS from "exceljs";
import type { CellValue, SheetInput, WorkbookInput } from "../../../src/engine";
import { fromExcelJs } from "../fake/fromExcelJs";
import type { FakeOptions, FakeWorkbook } from "../fake/FakeWorkbook";
import { DEMO_PATH } from "../../helpers/loadDemo";

/** The demo workbook as Excel would hold it when the user opens the file. */
export async function demoFake(options?: FakeOptions, path = DEMO_PATH): Promise<FakeWorkbook> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return fromExcelJs(excel, options);
}

const MS_PER_DAY = 86_400_000;

/**
 * A sheet's cells in one comparable shape: dates as Excel serials (the CLI reads `Date`s, the
 * add-in serials; the engine reads both), holes and missing rows as `null`, trailing empties cut.
 */
export function comparable(sheet: SheetInput): (CellValue | null)[][] {
  const rows: (CellValue | null)[][] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row: (CellValue | null)[] = [];
    const cells = rowsOf(sheet)[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      row.push(v instanceof Date ? v.getTime() / MS_PER_DAY + 25569 : (v ?? null));
    }
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Every sheet of a workbook input in the comparable shape, by name. */
export function comparableWorkbook(
  workbook: WorkbookInput,
): Record<string, (CellValue | null)[][]> {
  return Object.fromEntries(workbook.sheets.map((s) => [s.name, comparable(s)]));
}
