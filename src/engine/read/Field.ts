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
import { plausibleMax } from "./schema/PLAUSIBLE_MAX";
import { takeParsed } from "./takeParsed";

/**
 * One column of a mapped table, read row by row as typed values, with a problem recorded for
 * every bad cell (DECISIONS ): the bad value becomes missing and the rest of the row is
 * used. Long sheets read their fields through these, made once: a lookup of the column by key on
 * every cell read was a tenth of the reading time.
 */
export class Field {
  /** The largest plausible value of the field's counts and measures (PLAUSIBLE_MAX). */
  private readonly most: number;

  constructor(
    readonly key: string,
    /** The 0-based column, or undefined when the sheet has none: every cell is then empty. */
    readonly col: number | undefined,
    private readonly rows: PackedRows,
    readonly sheetName: string,
    private readonly problems: ProblemLog,
  ) {
    this.most = plausibleMax(key);
  }

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
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= this.most)
      return value;
    const parsed = this.plausible(parseCount(value), value);
    if (parsed === MISSING) return null; // an empty cell: no message to prepare
    return this.take(row, parsed, (text) => this.countMessage(value, text));
  }

  nonNegative(row: number): number | null {
    const value = this.raw(row);
    if (typeof value === "number" && value >= 0 && value <= this.most) return value;
    const parsed = this.plausible(parseNonNegative(value), value);
    if (parsed === MISSING) return null;
    return this.take(row, parsed, (text) => {
      const number = parseNumber(value);
      if (number.kind !== "ok") return messages.notANumber(text, this.key);
      return number.value > this.most
        ? messages.implausible(text, this.key, this.most)
        : messages.negative(text, this.key);
    });
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

  /** A value above the field's plausible largest is invalid, quoted as the cell holds it. */
  private plausible(parsed: Parsed<number>, value: CellValue): Parsed<number> {
    return parsed.kind === "ok" && parsed.value > this.most
      ? { kind: "invalid", text: displayText(value) }
      : parsed;
  }

  private countMessage(value: CellValue, text: string): ProblemText<"invalidValue"> {
    const n = parseNumber(value);
    if (n.kind !== "ok") return messages.notANumber(displayText(value), this.key);
    if (n.value > this.most && Number.isInteger(n.value))
      return messages.implausible(text, this.key, this.most);
    return n.value < 0 ? messages.negative(text, this.key) : messages.notACount(text, this.key);
  }
}

// A text cell is text, missing or an Excel error; it is never an invalid value.
function textIsNeverInvalid(): never {
  throw new Error("parseText found a text invalid");
}
