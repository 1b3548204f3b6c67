import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, WorkbookInput } from "../src/engine";

const PERCENT_FORMAT = "0.0%";
const DATE_FORMAT = "DD.MM.YYYY";

/** An engine cell as ExcelJS writes it, with the number format a user's file would have. */
function toExcel(value: CellValue): { value: ExcelJS.CellValue; numFmt?: string } {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date) return { value, numFmt: DATE_FORMAT };
  if (typeof value === "object") {
    return "percent" in value
      ? { value: value.percent, numFmt: PERCENT_FORMAT }
      : { value: { error: value.error } as ExcelJS.CellErrorValue };
  }
  return { value };
}

/**
 * Writes a district as an .xlsx file the way a user's file holds it: %-cells as fractions with
 * the format `0.0%`, dates as dates with `DD.MM.YYYY`, so that reading it back gives the same
 * engine input.
 *
 * @param workbook The sheets to write, in order (e.g. from generateDistrict).
 * @param dir The folder; by default a new one under the system's temporary folder.
 * @returns The path of the written file.
 */
export async function writeDistrictXlsx(workbook: WorkbookInput, dir?: string): Promise<string> {
  const file = join(dir ?? (await mkdtemp(join(tmpdir(), "shnor-bench-"))), "district.xlsx");
  const excel = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = excel.addWorksheet(sheet.name);
    for (const row of sheet.rows) {
      const cells = (row ?? []).map(toExcel);
      const added = ws.addRow(cells.map((c) => c.value));
      cells.forEach((c, i) => {
        if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
      });
    }
  }
  await excel.xlsx.writeFile(file);
  return file;
}
