import type { CellValue, SheetInput } from "../types";
import type { FieldReader } from "./FieldReader";

/** How to read one field of a row; a function made once, not per row. */
export type FieldRead<T> = (reader: FieldReader, row: number, key: string) => T | null;

/**
 * A field read once per distinct cell text: years, procedures, subjects, positions and courses
 * repeat on every row. Only values read without a problem are remembered, so every bad cell
 * still gets its problem.
 */
export function readRepeated<T>(
  reader: FieldReader,
  row: number,
  key: string,
  memo: Map<string, T>,
  read: FieldRead<T>,
): T | null {
  const raw = reader.raw(row, key);
  if (typeof raw === "string") {
    const known = memo.get(raw);
    if (known !== undefined) return known;
  }
  const value = read(reader, row, key);
  if (value !== null && typeof raw === "string") memo.set(raw, value);
  return value;
}

/**
 * One field of a sheet read with {@link readRepeated}, and the value of the row before reused
 * when the cell holds the same value: a school's rows are adjacent, so its name, the year and
 * the procedure usually repeat from row to row.
 */
export class RepeatedField<T> {
  private lastRaw: CellValue = undefined;
  private lastValue: T | null = null;
  private readonly memo = new Map<string, T>();
  private readonly col: number | undefined;
  private readonly rows: SheetInput["rows"];

  constructor(
    private readonly reader: FieldReader,
    private readonly key: string,
    private readonly read: FieldRead<T>,
  ) {
    this.col = reader.columnOf(key);
    this.rows = reader.table.sheet.rows;
  }

  /** The value of the field in a row; null (with its problem recorded) when it has none. */
  get(row: number): T | null {
    const raw = this.col === undefined ? undefined : this.rows[row]?.[this.col];
    // Only a value read without a problem is reused, so every bad cell still gets its problem.
    if (raw === this.lastRaw && this.lastValue !== null) return this.lastValue;
    const value = readRepeated(this.reader, row, this.key, this.memo, this.read);
    this.lastRaw = raw;
    this.lastValue = value;
    return value;
  }
}
