import type { Day } from "../Day";
import { messages, type ProblemText } from "../messages";
import type { PackedRows } from "../PackedRows";
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
  plainText,
  type Parsed,
} from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { takeParsed } from "./takeParsed";

/**
 * One column of a mapped table, read row by row as typed values, with a problem recorded for
 * every bad cell (DECISIONS ): the bad value becomes missing and the rest of the row is
 * used. Long sheets read their fields through these, made once: a lookup of the column by key on
 * every cell read was a tenth of the reading time.
 */
export class Field {
  constructor(
    readonly key: string,
    /** The 0-based column, or undefined when the sheet has none: every cell is then empty. */
    readonly col: number | undefined,
    private readonly rows: PackedRows,
    readonly sheetName: string,
    private readonly problems: ProblemLog,
  ) {}

  /** The A1 address of the field in a row, or null when the column is absent. */
  address(row: number): string | null {
    return this.col === undefined ? null : cellAddress(row, this.col);
  }

  raw(row: number): CellValue {
    return this.col === undefined ? undefined : this.rows.cell(row, this.col);
  }

  text(row: number): string | null {
    const value = this.raw(row);
    return plainText(value) ?? this.take(row, parseText(value), textIsNeverInvalid);
  }

  // The fast paths below skip the parse outcome object for plain numeric cells: they are
  // nearly every cell of a long sheet, and the allocations dominated the run time.

  count(row: number): number | null {
    const value = this.raw(row);
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
    const parsed = parseCount(value);
    if (parsed === MISSING) return null; // an empty cell: no message to prepare
    return this.take(row, parsed, (text) => this.countMessage(value, text));
  }

  nonNegative(row: number): number | null {
    const value = this.raw(row);
    if (typeof value === "number" && value >= 0 && value !== Infinity) return value;
    const parsed = parseNonNegative(value);
    if (parsed === MISSING) return null;
    return this.take(row, parsed, (text) =>
      parseNumber(value).kind === "ok"
        ? messages.negative(text, this.key)
        : messages.notANumber(text, this.key),
    );
  }

  date(row: number): Day | null {
    const value = this.raw(row);
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
    return this.take(row, parsed, (text) => messages.badDate(text));
  }

  /** Records the problem of a parse outcome and returns its value, or null. */
  take<T>(
    row: number,
    parsed: Parsed<T>,
    invalid: (text: string) => ProblemText<"invalidValue">,
  ): T | null {
    return takeParsed(parsed, this.problems, this.sheetName, row, this.col, invalid);
  }

  private countMessage(value: CellValue, text: string): ProblemText<"invalidValue"> {
    const n = parseNumber(value);
    if (n.kind !== "ok") return messages.notANumber(displayText(value), this.key);
    return n.value < 0 ? messages.negative(text, this.key) : messages.notACount(text, this.key);
  }
}

// A text cell is text, missing or an Excel error; it is never an invalid value.
function textIsNeverInvalid(): never {
  throw new Error("parseText found a text invalid");
}
