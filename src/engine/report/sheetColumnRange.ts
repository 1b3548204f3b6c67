import { columnLetter } from "../read/columnLetter";

/** A sheet-qualified absolute range of one column, as chart series need: `'КПК'!$E$5:$E$26`. */
export function sheetColumnRange(sheet: string, col: number, first: number, last: number): string {
  const letter = columnLetter(col);
  return `'${sheet.replace(/'/g, "''")}'!$${letter}$${first + 1}:$${letter}$${last + 1}`;
}
