import { columnIndex } from "../../engine";

/** The last column and row a sheet may have: XFD1048576 (Excel's specification and limits). */
export const LAST_COLUMN = 16_384;
export const LAST_ROW = 1_048_576;

const A1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/**
 * The 0-based place of an A1 reference (`B7`), within the last cell a sheet may have.
 *
 * @returns The row and column, or null for a reference that is not A1 or lies beyond XFD1048576.
 */
export function cellReference(text: string): { row: number; col: number } | null {
  const match = A1.exec(text);
  if (match === null) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row < LAST_ROW && col < LAST_COLUMN ? { row, col } : null;
}
