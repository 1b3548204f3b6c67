import { messages } from "../messages";
import { cellAddress } from "./cellAddress";
import type { FieldReader } from "./FieldReader";
import { displayText, parseShare } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";

const EPS = 1e-9;

/**
 * Reads one share column over the rows in use (DECISIONS A-08): `%` text and `%`-formatted
 * cells are exact; bare numbers are percent when any of them exceeds 1, else fractions, with
 * one info at the header cell. A share above 100 % is an error and left out.
 *
 * @param rows The 0-based sheet rows in use.
 * @returns The share of `rows[i]` at index `i`, or undefined when that row has no valid value.
 */
export function readShareColumn(
  reader: FieldReader,
  rows: readonly number[],
  key: string,
  problems: ProblemLog,
): (number | undefined)[] {
  // An array beside `rows` rather than a map by row: this runs over every row of Результаты.
  const shares = new Array<number | undefined>(rows.length);
  if (!reader.has(key)) return shares;
  const bare: number[] = [];
  let anyAboveOne = false;
  const invalid = (text: string) => messages.notANumber(text, key);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const raw = reader.raw(r, key);
    // Fast paths for the usual cells: a %-formatted number is exact, a plain number is bare.
    if (
      raw !== null &&
      typeof raw === "object" &&
      "percent" in raw &&
      Number.isFinite(raw.percent)
    ) {
      shares[i] = raw.percent;
      continue;
    }
    if (typeof raw === "number" && Number.isFinite(raw)) {
      shares[i] = raw;
      bare.push(i);
      if (raw > 1 + EPS) anyAboveOne = true;
      continue;
    }
    if (raw === null || raw === undefined) continue;
    const parsed = parseShare(raw);
    const value = reader.take(r, key, parsed, invalid);
    if (value === null) continue;
    shares[i] = value;
    if (!(parsed.kind === "ok" && parsed.percent)) {
      bare.push(i);
      if (value > 1 + EPS) anyAboveOne = true;
    }
  }
  if (bare.length > 0) {
    const header = cellAddress(reader.table.headerRow, reader.table.columns.get(key)!);
    problems.info(
      reader.sheetName,
      header,
      "percentColumn",
      messages.percentColumn(key, anyAboveOne),
    );
    if (anyAboveOne) for (const i of bare) shares[i] = shares[i]! / 100;
  }
  for (let i = 0; i < rows.length; i++) {
    const share = shares[i];
    if (share === undefined || !(share < -EPS || share > 1 + EPS)) continue;
    const raw = reader.raw(rows[i], key);
    const message =
      share < 0
        ? messages.negative(displayText(raw), key)
        : messages.shareAbove100(displayText(raw), key);
    problems.error(reader.sheetName, reader.address(rows[i], key), "shareOutOfRange", message);
    shares[i] = undefined;
  }
  return shares;
}
