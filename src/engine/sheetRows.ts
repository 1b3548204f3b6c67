import { PackedRows } from "./PackedRows";
import type { CellValue, SheetRows } from "./types";

/**
 * A sheet's rows as {@link PackedRows}, the one form the readers go through: the cell reads of
 * a long sheet then stay of one kind, which V8 makes fast. Arrays of rows are hand-made sheets
 * and short ones (ОО, Параметры), cheap to pack; they are packed anew each time, so that an
 * array changed between two runs is read as it is.
 */
export function packedRows(rows: SheetRows): PackedRows {
  return rows instanceof PackedRows ? rows : PackedRows.from(rows);
}

/** The cell in row r, column c (0-based) of a sheet's rows, in either form. */
export function cellAt(rows: SheetRows, r: number, c: number): CellValue {
  return rows instanceof PackedRows ? rows.cell(r, c) : rows[r]?.[c];
}

/** Row r of a sheet's rows, or undefined when there is none. */
export function rowAt(rows: SheetRows, r: number): readonly CellValue[] | undefined {
  return rows instanceof PackedRows ? rows.row(r) : rows[r];
}
