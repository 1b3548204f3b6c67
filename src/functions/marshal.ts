import type { CellValue, FormulaOutcome } from "../engine";

// Excel values ⇄ engine values for the custom functions, and the engine's answers as Excel
// errors. Nothing here decides anything about schools.

// Days from 1899-12-30 (the 1900 date system's day 0) to 1970-01-01 (the engine's day 0).
const EXCEL_DAY_OF_EPOCH = 25_569;

/**
 * One value as the engine reads a cell: numbers, text and booleans as they are; an empty cell
 * (passed as "" in a range) or an omitted argument as null. A data type (a linked entity)
 * gives its basic value.
 */
export function cell(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "basicValue" in value)
    return cell((value as { basicValue: unknown }).basicValue);
  return String(value);
}

/**
 * A range, cell by cell; a single value given where a range is expected is a 1 × 1 range. A
 * range whose cells the engine reads as they are (numbers, booleans, text, null) is passed on
 * as it is; otherwise it is copied with empty cells as null, which the engine reads faster
 * than "" on long tables. Loops rather than every/map: a row formula marshals a range per call.
 */
export function range(values: unknown): CellValue[][] {
  if (!Array.isArray(values)) return [[cell(values)]];
  for (const row of values as unknown[]) {
    if (!Array.isArray(row)) return copyRange(values);
    for (const value of row as unknown[]) if (!isReadAsIs(value)) return copyRange(values);
  }
  return values as CellValue[][];
}

/** Whether the engine reads a value as it is, so that cell() would give it back unchanged. */
function isReadAsIs(value: unknown): boolean {
  if (value === null) return true;
  const type = typeof value;
  return type === "number" || type === "boolean" || (type === "string" && value !== "");
}

function copyRange(values: readonly unknown[]): CellValue[][] {
  const copy: CellValue[][] = [];
  for (const row of values) {
    if (!Array.isArray(row)) {
      copy.push([cell(row)]);
      continue;
    }
    const cells: CellValue[] = [];
    for (const value of row as unknown[]) cells.push(cell(value));
    copy.push(cells);
  }
  return copy;
}

/** An optional range: null when the argument is left out. */
export function optionalRange(values: unknown): CellValue[][] | null {
  return values === null || values === undefined ? null : range(values);
}

/** The Excel serial number of an engine day (1900 date system). */
export function excelSerial(day: number): number {
  return day + EXCEL_DAY_OF_EPOCH;
}

// Today's date, worked out again only after midnight: most formulas ask for it on every call.
let day = { iso: "", until: 0 };

/** Today's date on the user's computer, ISO `YYYY-MM-DD`: the engine never reads the clock. */
export function today(): string {
  const now = Date.now();
  if (now < day.until) return day.iso;
  const date = new Date(now);
  const mm = String(date.getMonth() + 1).padStart(2, "0");
  const dd = String(date.getDate()).padStart(2, "0");
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
  day = { iso: `${date.getFullYear()}-${mm}-${dd}`, until: midnight };
  return day.iso;
}

/**
 * The engine's answer, or an Excel error with the engine's Russian message: #VALUE! for bad
 * input, #N/A for missing data (CustomFunctionsRuntime 1.2).
 */
export function result<T>(outcome: FormulaOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  const code =
    outcome.error === "value"
      ? CustomFunctions.ErrorCode.invalidValue
      : CustomFunctions.ErrorCode.notAvailable;
  throw new CustomFunctions.Error(code, outcome.message);
}
