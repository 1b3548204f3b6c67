import { columnLetter } from "./columnLetter";

/** The A1 address of a 0-based row and column: (0, 0) → `A1`. */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + (row + 1);
}
