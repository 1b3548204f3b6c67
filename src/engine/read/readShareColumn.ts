import { filledColumn, type NumberColumn } from "../filledColumn";
import { messages, type ProblemText } from "../messages";
import type { CellValue } from "../types";
import { cellAddress } from "./cellAddress";
import type { Field } from "./Field";
import { FieldReader } from "./FieldReader";
import { displayText, parseShare } from "./parseValue";
import { ProblemLog } from "./ProblemLog";

const EPS = 1e-9;

/**
 * One share column read row by row (DECISIONS A-08): `%` text and `%`-formatted cells are exact;
 * bare numbers are percent when any of them exceeds 1, else fractions, with one info at the
 * header cell. A share above 100 % is an error and left out. Reading it in the same pass as the
 * row's other cells touches each row of a long sheet once; the column's problems are held back
 * until {@link finish}, so that they come column by column, as the rule is judged per column.
 */
export class ShareColumn {
  private readonly found = new ProblemLog();
  /** The column's cells, whose problems are held back in {@link found}. */
  private readonly cells: Field;
  // Which indexes hold a bare number (1), to be scaled when the column is in percent: a flag per
  // index rather than a list grown cell by cell, made at the first bare number (most exports
  // format their shares with %).
  private bare: Uint8Array | null = null;
  private anyAboveOne = false;
  private readonly invalid: (text: string) => ProblemText<"invalidValue">;

  /** @param shares Where to write: the share read for index `i` goes to `shares[i]`. */
  constructor(
    private readonly reader: FieldReader,
    private readonly key: string,
    readonly shares: NumberColumn,
  ) {
    this.cells = new FieldReader(reader.table, this.found).field(key);
    this.invalid = (text) => messages.notANumber(text, key);
  }

  /** Reads the share of the 0-based sheet row `r` into index `i`. */
  read(i: number, r: number): void {
    if (this.cells.col === undefined) return;
    const raw = this.cells.raw(r);
    // Fast paths for the usual cells: a %-formatted number is exact, a plain number is bare.
    if (typeof raw === "number") {
      if (!Number.isFinite(raw)) return this.parse(i, r, raw);
      this.shares[i] = raw;
      this.markBare(i, raw);
      return;
    }
    if (raw === null || raw === undefined) return;
    if (typeof raw === "object" && "percent" in raw && Number.isFinite(raw.percent)) {
      this.shares[i] = raw.percent;
      return;
    }
    this.parse(i, r, raw);
  }

  /**
   * Records the column's problems, scales bare percents and leaves out shares out of range.
   *
   * @param count How many indexes were read: 0 to count − 1.
   * @param sheetRowOf The 0-based sheet row of an index, for the address of its problem.
   */
  finish(count: number, sheetRowOf: (i: number) => number, problems: ProblemLog): NumberColumn {
    const { reader, key, shares, bare } = this;
    for (const p of this.found.items) problems.add(p.severity, p.sheet, p.cell, p);
    if (bare !== null) {
      const header = cellAddress(reader.table.headerRow, this.cells.col!);
      problems.info(reader.sheetName, header, messages.percentColumn(key, this.anyAboveOne));
      if (this.anyAboveOne)
        for (let i = 0; i < count; i++) if (bare[i] === 1) shares[i] = shares[i] / 100;
    }
    for (let i = 0; i < count; i++) {
      const share = shares[i];
      if (!(share < -EPS || share > 1 + EPS)) continue; // also NaN
      const row = sheetRowOf(i);
      const raw = this.cells.raw(row);
      const said =
        share < 0
          ? messages.shareNegative(displayText(raw), key)
          : messages.shareAbove100(displayText(raw), key);
      problems.error(reader.sheetName, this.cells.address(row), said);
      shares[i] = NaN;
    }
    return shares;
  }

  private parse(i: number, r: number, raw: CellValue): void {
    const parsed = parseShare(raw);
    const value = this.cells.take(r, parsed, this.invalid);
    if (value === null) return;
    this.shares[i] = value;
    if (!(parsed.kind === "ok" && parsed.percent)) this.markBare(i, value);
  }

  private markBare(i: number, value: number): void {
    (this.bare ??= new Uint8Array(this.shares.length))[i] = 1;
    if (value > 1 + EPS) this.anyAboveOne = true;
  }
}

/**
 * Reads one share column over the rows in use, as {@link ShareColumn} does.
 *
 * @param rows The 0-based sheet rows in use.
 * @returns The share of `rows[i]` at index `i`, NaN where that row has no valid value.
 */
export function readShareColumn(
  reader: FieldReader,
  rows: readonly number[],
  key: string,
  problems: ProblemLog,
): NumberColumn {
  const column = new ShareColumn(reader, key, filledColumn(rows.length, NaN));
  for (let i = 0; i < rows.length; i++) column.read(i, rows[i]);
  return column.finish(rows.length, (i) => rows[i], problems);
}
