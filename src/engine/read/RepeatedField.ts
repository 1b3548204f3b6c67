import type { CellValue } from "../types";
import type { Field } from "./Field";

/** How to read one field of a row; a function made once, not per row. */
export type FieldRead<T> = (field: Field, row: number) => T | null;

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

  constructor(
    readonly field: Field,
    private readonly read: FieldRead<T>,
  ) {}

  /** The value of the field in a row; null (with its problem recorded) when it has none. */
  get(row: number): T | null {
    const raw = this.field.raw(row);
    if (raw === this.lastRaw && this.lastValue !== null) return this.lastValue;
    const known = typeof raw === "string" ? this.memo.get(raw) : undefined;
    const value = known ?? this.read(this.field, row);
    if (known === undefined && value !== null && typeof raw === "string") this.memo.set(raw, value);
    this.lastRaw = raw;
    this.lastValue = value;
    return value;
  }
}
