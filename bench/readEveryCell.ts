import { PackedRows, type CellValue, type WorkbookInput } from "../src/engine";

/**
 * The floor the engine is compared with: one plain pass that reads every cell of a workbook
 * once and looks at its type and value, doing nothing else. No work can read the input faster.
 *
 * @returns A checksum of the values, so that the pass cannot be optimized away.
 */
export function readEveryCell(workbook: WorkbookInput): number {
  let sum = 0;
  for (const sheet of workbook.sheets) {
    const rows = sheet.rows;
    if (rows instanceof PackedRows) {
      for (let r = 0; r < rows.length; r++)
        for (let c = 0, n = rows.rowLength(r); c < n; c++) sum += valueOf(rows.cell(r, c));
      continue;
    }
    for (const row of rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) sum += valueOf(row[c]);
    }
  }
  return sum;
}

function valueOf(value: CellValue): number {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.getTime() / 1e12;
  if (value !== null && typeof value === "object")
    return "percent" in value ? value.percent : value.error.length;
  return 0;
}
