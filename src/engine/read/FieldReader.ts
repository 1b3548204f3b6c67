import { messages } from "../messages";
import type { CellValue } from "../types";
import { cellAddress } from "./cellAddress";
import {
  displayText,
  MISSING,
  parseCount,
  parseDate,
  parseNonNegative,
  parseNumber,
  parseText,
  dayOfDate,
  dayOfSerial,
  type Day,
  type Parsed,
} from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import type { Table } from "./readTable";
import { takeParsed } from "./takeParsed";

// Every missing token is at most this long: «нет данных».
const LONGEST_TOKEN = 10;
const HASH = 35; // "#", the first character of an Excel error literal

/**
 * Reads typed values from a mapped table and records a problem for every bad cell
 * (DECISIONS ): the bad value becomes missing and the rest of the row is used.
 */
export class FieldReader {
  // The column per key as a plain object: `raw` runs for every cell read, and a property lookup
  // by a constant key is cheaper there than a Map lookup (an object without a prototype would be
  // a dictionary too). The keys are the field keys of synonyms.ts, none a name of Object's.
  private readonly cols: Record<string, number | undefined> = {};

  constructor(
    readonly table: Table,
    private readonly problems: ProblemLog,
  ) {
    for (const [key, col] of table.columns) this.cols[key] = col;
  }

  get sheetName(): string {
    return this.table.sheet.name;
  }

  has(key: string): boolean {
    return this.table.columns.has(key);
  }

  /** The column of a key, or undefined when the sheet has none. */
  columnOf(key: string): number | undefined {
    return this.cols[key];
  }

  /** The A1 address of a field in a row, or null when the column is absent. */
  address(row: number, key: string): string | null {
    const col = this.table.columns.get(key);
    return col === undefined ? null : cellAddress(row, col);
  }

  raw(row: number, key: string): CellValue {
    const col = this.cols[key];
    return col === undefined ? undefined : this.table.rows.cell(row, col);
  }

  text(row: number, key: string): string | null {
    const value = this.raw(row, key);
    // Longer than every missing token and not an error literal: the text as it is, trimmed.
    if (typeof value === "string" && value.length > LONGEST_TOKEN && value.charCodeAt(0) !== HASH) {
      const trimmed = value.trim();
      if (trimmed.length > LONGEST_TOKEN) return trimmed;
    }
    return this.take(row, key, parseText(value), () => "");
  }

  // The fast paths below skip the parse outcome object for plain numeric cells: they are
  // nearly every cell of a long sheet, and the allocations dominated the run time.

  count(row: number, key: string): number | null {
    const value = this.raw(row, key);
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
    const parsed = parseCount(value);
    if (parsed === MISSING) return null; // an empty cell: no message to prepare
    return this.take(row, key, parsed, (text) => this.countMessage(value, text, key));
  }

  nonNegative(row: number, key: string): number | null {
    const value = this.raw(row, key);
    if (typeof value === "number" && value >= 0 && value !== Infinity) return value;
    const parsed = parseNonNegative(value);
    if (parsed === MISSING) return null;
    return this.take(row, key, parsed, (text) =>
      parseNumber(value).kind === "ok"
        ? messages.negative(text, key)
        : messages.notANumber(text, key),
    );
  }

  date(row: number, key: string): Day | null {
    const value = this.raw(row, key);
    // Date cells from a file, serial numbers from Excel's own ranges.
    if (value instanceof Date) {
      const day = dayOfDate(value);
      if (day !== null) return day;
    } else if (typeof value === "number") {
      const day = dayOfSerial(value);
      if (day !== null) return day;
    }
    const parsed = parseDate(value);
    if (parsed === MISSING) return null;
    return this.take(row, key, parsed, (text) => messages.badDate(text));
  }

  /** Records the problem of a parse outcome and returns its value, or null. */
  take<T>(
    row: number,
    key: string,
    parsed: Parsed<T>,
    invalid: (text: string) => string,
  ): T | null {
    const { problems, sheetName } = this;
    return takeParsed(parsed, problems, sheetName, row, this.cols[key], "invalidValue", invalid);
  }

  private countMessage(value: CellValue, text: string, key: string): string {
    const n = parseNumber(value);
    if (n.kind !== "ok") return messages.notANumber(displayText(value), key);
    return n.value < 0 ? messages.negative(text, key) : messages.notACount(text, key);
  }
}
