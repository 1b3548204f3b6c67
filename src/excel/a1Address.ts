import { columnIndex, columnLetter } from "../engine";

/**
 * The A1 address of a 0-based cell or block.
 *
 * @param row 0-based row of the top-left cell.
 * @param col 0-based column of the top-left cell.
 * @param rows Number of rows, 1 or more.
 * @param cols Number of columns, 1 or more.
 * @returns `A4` for one cell, `A4:C5` for a block.
 */
export function a1Address(row: number, col: number, rows = 1, cols = 1): string {
  const first = `${columnLetter(col)}${row + 1}`;
  if (rows === 1 && cols === 1) return first;
  return `${first}:${columnLetter(col + cols - 1)}${row + rows}`;
}

/**
 * Splits a reference such as `'КПК'!$B$5:$B$26` (the report model's chart ranges) into its
 * sheet and its address on that sheet.
 *
 * @returns The sheet, or `null` when the reference names none, and the address without `$`.
 */
export function splitReference(reference: string): { sheet: string | null; address: string } {
  const bang = reference.lastIndexOf("!");
  const address = reference.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0) return { sheet: null, address };
  const sheet = reference.slice(0, bang);
  const quoted = /^'(.*)'$/.exec(sheet);
  return { sheet: quoted ? quoted[1].replace(/''/g, "'") : sheet, address };
}

/**
 * The 0-based position and size of an A1 address such as `B5:B26` or `F4`.
 *
 * @returns `null` when the text is not a cell or block address.
 */
export function parseA1(
  address: string,
): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(address.replace(/\$/g, ""));
  if (!m) return null;
  const [row1, col1] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [row2, col2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [row1, col1];
  return {
    row: Math.min(row1, row2),
    col: Math.min(col1, col2),
    rows: Math.abs(row2 - row1) + 1,
    cols: Math.abs(col2 - col1) + 1,
  };
}
