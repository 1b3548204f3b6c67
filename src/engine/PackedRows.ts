import type { CellValue } from "./CellValue";

/**
 * A sheet's rows packed into one array of cells, row after row, instead of an array per row.
 * A country's Результаты and Педагоги have nearly three million rows: an array per row cost
 * 48 bytes each (130 MB) before any cell. Front ends that read big sheets give their rows in
 * this form; hand-made sheets may stay arrays of rows (SheetRows).
 */
export class PackedRows {
  /** How many rows there are, as for an array of rows. */
  readonly length: number;

  /**
   * @param cells Every row's cells, one row after another.
   * @param starts Row r is `cells[starts[r]]` up to, not including, `cells[starts[r + 1]]`;
   *   one entry more than there are rows.
   */
  constructor(
    private readonly cells: readonly CellValue[],
    private readonly starts: Int32Array,
  ) {
    this.length = Math.max(0, starts.length - 1);
  }

  /** Packs an array of rows: rows that are missing count as empty. */
  static from(rows: readonly (readonly CellValue[] | undefined)[]): PackedRows {
    // Sized first and filled once: SHNOR.CLASSIFY packs a region's ranges on every recalculation.
    const starts = new Int32Array(rows.length + 1);
    for (let r = 0; r < rows.length; r++) starts[r + 1] = starts[r] + (rows[r]?.length ?? 0);
    const cells = new Array<CellValue>(starts[rows.length]);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined) continue;
      for (let c = 0, at = starts[r]; c < row.length; c++, at++) cells[at] = row[c];
    }
    return new PackedRows(cells, starts);
  }

  /** The cell in row r, column c (0-based), undefined beyond the row's end. */
  cell(r: number, c: number): CellValue {
    const at = this.starts[r] + c;
    // Past the last row the starts are undefined and `at` NaN: no cell, as for an array.
    return c >= 0 && at < this.starts[r + 1] ? this.cells[at] : undefined;
  }

  /** How many cells row r has (0 past the last row). */
  rowLength(r: number): number {
    return r >= 0 && r < this.length ? this.starts[r + 1] - this.starts[r] : 0;
  }

  /** Row r as an array of its own (a copy), or undefined past the last row. */
  row(r: number): CellValue[] | undefined {
    if (!(r >= 0 && r < this.length)) return undefined;
    return this.cells.slice(this.starts[r], this.starts[r + 1]);
  }

  *[Symbol.iterator](): Iterator<CellValue[]> {
    for (let r = 0; r < this.length; r++) yield this.row(r)!;
  }
}

/** Builds {@link PackedRows} a row at a time, as a reader goes down a sheet. */
export class RowPacker {
  private readonly cells: CellValue[] = [];
  private readonly starts: number[] = [0];

  /** Adds the next row, its cells as they are. */
  push(row: readonly CellValue[]): void {
    for (let c = 0; c < row.length; c++) this.cells.push(row[c]);
    this.starts.push(this.cells.length);
  }

  /** The rows added so far. */
  pack(): PackedRows {
    // slice() gives arrays of exactly their length: a grown array keeps up to half again as
    // much room, which would stay allocated for the whole run.
    return new PackedRows(this.cells.slice(), Int32Array.from(this.starts));
  }
}
