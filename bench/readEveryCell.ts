import type { WorkbookInput } from "../src/engine";

/**
 * The floor the engine is compared with: one plain pass that reads every cell of a workbook
 * once and looks at its type and value, doing nothing else. No work can read the input faster.
 *
 * @returns A checksum of the values, so that the pass cannot be optimized away.
 */
export function readEveryCell(workbook: WorkbookInput): number {
  let sum = 0;
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const value = row[c];
        if (typeof value === "string") sum += value.length;
        else if (typeof value === "number") sum += value;
        else if (value instanceof Date) sum += value.getTime() / 1e12;
        else if (value !== null && typeof value === "object")
          sum += "percent" in value ? value.percent : value.error.length;
      }
    }
  }
  return sum;
}
