import type { Day } from "../Day";
import { messages } from "../messages";
import {
  displayText,
  parseCount,
  parseDate,
  parseNumber,
  parseText,
  plainText,
  type Parsed,
} from "../read/parseValue";
import { parseShareValue } from "../read/readParams";
import type { CellValue } from "../types";
import { answer, badInput, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

// Readers of one formula argument: the engine's value parsing (SPEC 3.2, DECISIONS A-09…A-13)
// with a message that names the argument. Empty is «нет данных», never zero.

/** A cell's text for a message, with a decimal comma as the user typed it (14,5 not 14.5). */
export function shownValue(value: CellValue): string {
  return typeof value === "number" ? String(value).replace(".", ",") : displayText(value);
}

function outcome<T>(
  parsed: Parsed<T>,
  value: CellValue,
  label: string,
  invalid: (text: string) => string,
): FormulaOutcome<T> {
  switch (parsed.kind) {
    case "ok":
      return answer(parsed.value);
    case "missing":
      return noData(formulaMessages.missing(label));
    case "excelError":
      return noData(formulaMessages.excelError(label, parsed.error));
    case "invalid":
      return badInput(invalid(shownValue(value)));
  }
}

/**
 * A whole number ≥ 0 (a count of persons): `14,5` and `-1` are bad input, and so is a
 * count above `most`, the largest plausible (PLAUSIBLE_MAX).
 */
export function readCount(
  value: CellValue,
  label: string,
  most = Number.MAX_SAFE_INTEGER,
): FormulaOutcome<number> {
  const parsed = parseCount(value);
  if (parsed.kind === "ok" && parsed.value > most)
    return badInput(messages.implausible(shownValue(value), label, most).message);
  return outcome(parsed, value, label, (text) => messages.notACount(text, label).message);
}

/** Any number, also as text `46,7` or `1 245`. */
export function readNumber(value: CellValue, label: string): FormulaOutcome<number> {
  return outcome(parseNumber(value), value, label, (text) =>
    formulaMessages.notANumber(label, text),
  );
}

/** A number ≥ 0 (hours, means). */
export function readNonNegative(value: CellValue, label: string): FormulaOutcome<number> {
  const number = readNumber(value, label);
  if (number.ok && number.value < 0)
    return badInput(messages.negative(shownValue(value), label).message);
  return number;
}

/** A whole number ≥ min (years, steps). */
export function readWhole(value: CellValue, label: string, min: number): FormulaOutcome<number> {
  const number = readNumber(value, label);
  if (number.ok && (!Number.isInteger(number.value) || number.value < min)) {
    return badInput(formulaMessages.notAWholeNumber(label, shownValue(value), min));
  }
  return number;
}

/** A date: an Excel serial, a date, or text `31.03.2022`, `31.03.22`, `2022-03-31`. */
export function readDate(value: CellValue, label: string): FormulaOutcome<Day> {
  return outcome(parseDate(value), value, label, (text) => formulaMessages.notADate(label, text));
}

/**
 * A share: `4,1%`, a fraction, or a bare number above 1 read as percent, as one value of
 * Параметры is read; it must end between 0 and 1.
 */
export function readShare(value: CellValue, label: string): FormulaOutcome<number> {
  const share = outcome(parseShareValue(value), value, label, (text) =>
    formulaMessages.notAShare(label, text),
  );
  if (share.ok && (share.value < 0 || share.value > 1)) {
    return badInput(formulaMessages.notAShare(label, shownValue(value)));
  }
  return share;
}

/** Text; a number is taken as its digits (a school named «10»). */
export function readText(value: CellValue, label: string): FormulaOutcome<string> {
  if (isBlank(value)) return noData(formulaMessages.missing(label));
  if (typeof value === "number") return answer(String(value));
  if (typeof value !== "string") return badInput(formulaMessages.notText(label, shownValue(value)));
  return answer(value.trim());
}

/**
 * Text as a column of the ОО sheet takes it: any value as its text (a flag, a date), a missing
 * token or an Excel error as missing.
 */
export function readColumnText(value: CellValue, label: string): FormulaOutcome<string> {
  const plain = plainText(value);
  return plain !== null ? answer(plain) : outcome(parseText(value), value, label, () => "");
}

/** Whether a cell is empty: left out, null, or text of spaces only. */
export function isBlank(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** An optional argument: its default when the cell is left out or empty. */
export function orDefault<T>(
  value: CellValue,
  fallback: T,
  read: (value: CellValue) => FormulaOutcome<T>,
): FormulaOutcome<T> {
  return isBlank(value) ? answer(fallback) : read(value);
}

/** The cells of a range, row by row. */
export function cellsOf(range: readonly (readonly CellValue[])[]): readonly CellValue[] {
  if (range.length === 1) return range[0];
  const cells: CellValue[] = [];
  for (const row of range) for (const value of row) cells.push(value);
  return cells;
}

/** `3 × 1` for messages about ranges of different sizes. */
export function sizeOf(range: readonly (readonly CellValue[])[]): string {
  return `${range.length} × ${range[0]?.length ?? 0}`;
}

/**
 * The numbers of a range: empty cells are left out (never zero); text that is not a number is
 * bad input naming its cell.
 */
export function readNumbers(
  range: readonly (readonly CellValue[])[],
  label: string,
): FormulaOutcome<number[]> {
  const numbers: number[] = [];
  const cells = cellsOf(range);
  for (let i = 0; i < cells.length; i++) {
    const parsed = parseNumber(cells[i]);
    if (parsed.kind === "ok") numbers.push(parsed.value);
    else if (parsed.kind === "invalid") {
      const text = shownValue(cells[i]);
      return badInput(formulaMessages.inRange(label, i + 1, formulaMessages.notANumberText(text)));
    }
  }
  return answer(numbers);
}
