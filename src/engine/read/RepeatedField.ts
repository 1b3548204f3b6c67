import type { PackedRows } from "../PackedRows";
import type { CellValue } from "../types";
import type { FieldReader } from "./FieldReader";

/** How to read one field of a row; a function made once, not per row. */
export type FieldRead<T> = (reader: FieldReader, row: number, key: string) => T | null;

/**
 * One field of a sheet read once per distinct cell text (years, procedures, subjects, schools,
 * positions and courses repeat on every row), and the value of the row before reused when the
 * cell holds the same value: a school's rows are adjacent. Only values read without a problem
 * are remembered, so every bad cell still gets its problem.
 */
export class RepeatedField<T> {
  private lastRaw: CellValue = undefined;
  private lastValue: T | null = null;
  private readonly memo = new Map<string, T>();
  private readonly col: number | undefined;
  private readonly rows: PackedRows;

  constructor(
    private readonly reader: FieldReader,
    private readonly key: string,
    private readonly read: FieldRead<T>,
  ) {
    this.col = reader.columnOf(key);
    this.rows = reader.table.rows;
  }

  /** The value of the field in a row; null (with its problem recorded) when it has none. */
  get(row: number): T | null {
    const raw = this.col === undefined ? undefined : this.rows.cell(row, this.col);
    if (raw === this.lastRaw && this.lastValue !== null) return this.lastValue;
    const known = typeof raw === "string" ? this.memo.get(raw) : undefined;
    const value = known ?? this.read(this.reader, row, this.key);
    if (known === undefined && value !== null && typeof raw === "string") this.memo.set(raw, value);
    this.lastRaw = raw;
    this.lastValue = value;
    return value;
  }
}
