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
 * @returns The share per row index, for the rows that have a valid value.
 */
export function readShareColumn(
  reader: FieldReader,
  rows: readonly number[],
  key: string,
  problems: ProblemLog,
): Map<number, number> {
  const shares = new Map<number, number>();
  if (!reader.has(key)) return shares;
  const bare: number[] = [];
  let anyAboveOne = false;
  for (const r of rows) {
    const parsed = parseShare(reader.raw(r, key));
    const value = reader.take(r, key, parsed, (text) => messages.notANumber(text, key));
    if (value === null) continue;
    if (parsed.kind === "ok" && parsed.percent) {
      shares.set(r, value);
    } else {
      bare.push(r);
      shares.set(r, value);
      if (value > 1 + EPS) anyAboveOne = true;
    }
  }
  if (bare.length > 0) {
    const header = cellAddress(reader.table.headerRow, reader.table.columns.get(key)!);
    problems.info(reader.sheetName, header, "percentColumn", messages.percentColumn(key, anyAboveOne));
    if (anyAboveOne) for (const r of bare) shares.set(r, shares.get(r)! / 100);
  }
  for (const [r, share] of shares) {
    if (share < -EPS || share > 1 + EPS) {
      problems.error(reader.sheetName, reader.address(r, key), "shareOutOfRange", share < 0 ? messages.negative(displayText(reader.raw(r, key)), key) : messages.shareAbove100(displayText(reader.raw(r, key)), key));
      shares.delete(r);
    }
  }
  return shares;
}
