import type { CellValue } from "./CellValue";
import type { PackedRows } from "./PackedRows";

export type { CellError, CellValue, PercentNumber } from "./CellValue";

/**
 * The rows of a sheet: `rows[0]` is Excel row 1 and `rows[r][0]` column A; rows may be short or
 * missing. Either an array of rows or, for the long sheets front ends read, {@link PackedRows}.
 */
export type SheetRows = readonly (readonly CellValue[] | undefined)[] | PackedRows;

export interface SheetInput {
  readonly name: string;
  readonly rows: SheetRows;
}

export interface WorkbookInput {
  readonly sheets: readonly SheetInput[];
}

export type Severity = "error" | "warning" | "info";

/** A data problem: the engine records it and keeps going (SPEC 8). */
export interface Problem {
  readonly severity: Severity;
  readonly sheet: string;
  /** An A1 address on `sheet`, or null for sheet-level problems. */
  readonly cell: string | null;
  /** The code of the message catalogue's entry (`messages.ts`). */
  readonly code: string;
  readonly message: string;
}

export type Status = "shnor" | "risk" | "normal" | "insufficient";

export type RiskLevel = "high" | "medium" | "low" | "na";

/** `T` with the fields `K` (all by default) writable: for a record filled in after it is made. */
export type Mutable<T, K extends keyof T = keyof T> = Omit<T, K> & { -readonly [P in K]: T[P] };
