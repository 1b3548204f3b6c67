// Kept out of types.ts (which re-exports them): PackedRows holds cells and types.ts names
// PackedRows, so with the cell types in types.ts the two files imported each other.

/** An Excel error in a cell, e.g. `#N/A` (DECISIONS A-12). */
export interface CellError {
  readonly error: string;
}

/** A numeric cell shown with a `%` number format: its value is an exact fraction. */
export interface PercentNumber {
  readonly percent: number;
}

/** One cell as a front end reads it. Dates may arrive as `Date` or as Excel serials. */
export type CellValue =
  string | number | boolean | Date | CellError | PercentNumber | null | undefined;
