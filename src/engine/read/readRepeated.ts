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
