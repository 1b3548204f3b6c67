import { PackedRows, type CellValue, type WorkbookInput } from "../src/engine";

/** What the pass reads of a text cell. */
export type TextRead = (text: string) => number;

/** A text's value: every one of its characters. */
export const everyCharacter: TextRead = (text) => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
};

/** Only a text's length: not its value, as two names of one length read alike. */
export const lengthOnly: TextRead = (text) => text.length;

/**
 * The floor the engine is compared with: one plain pass that reads every input value once and
 * does nothing else. Numbers, dates and shares are read whole; a text is read character by
 * character ({@link everyCharacter}), as its value is its characters: the engine cannot match a
 * school's name or tell two ФИО apart without reading them. {@link lengthOnly} gives the
 * narrower pass the benchmark first used, still reported beside it.
 *
 * @returns A checksum of the values, so that the pass cannot be optimized away.
 */
export function readEveryCell(
  workbook: WorkbookInput,
  readText: TextRead = everyCharacter,
): number {
  let sum = 0;
  for (const sheet of workbook.sheets) {
    const rows = sheet.rows;
    if (rows instanceof PackedRows) {
      for (let r = 0; r < rows.length; r++)
        for (let c = 0, n = rows.rowLength(r); c < n; c++)
          sum += valueOf(rows.cell(r, c), readText);
      continue;
    }
    for (const row of rows) {
      if (!row) continue;
      for (let c = 0; c < row.length; c++) sum += valueOf(row[c], readText);
    }
  }
  return sum;
}

function valueOf(value: CellValue, readText: TextRead): number {
  if (typeof value === "string") return readText(value);
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.getTime() / 1e12;
  if (value !== null && typeof value === "object")
    return "percent" in value ? value.percent : readText(value.error);
  return 0;
}
