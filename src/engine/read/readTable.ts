import type { CellValue, SheetInput, SheetRows } from "../types";
import { cellAddress } from "./cellAddress";
import { matchHeader } from "./headerLookup";
import { messages } from "../messages";
import type { ProblemLog } from "./ProblemLog";
import { FIELDS, type SheetKind } from "./synonyms";
import type { PackedRows } from "../PackedRows";
import { packedRows, rowAt } from "../sheetRows";

const HEADER_SEARCH_ROWS = 10;
const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;

/** A sheet with its header row found and its columns mapped to keys. */
export interface Table {
  readonly sheet: SheetInput;
  /** The sheet's rows, packed: every cell read goes through them. */
  readonly rows: PackedRows;
  /** 0-based index of the header row. */
  readonly headerRow: number;
  /** Column index per key. */
  readonly columns: ReadonlyMap<string, number>;
  /** Keys whose column holds counts rather than shares (social inputs). */
  readonly countKeys: ReadonlySet<string>;
  /** The 0-based indexes of the mapped columns. */
  readonly mapped: readonly number[];
  /** Required keys that are missing. */
  readonly missing: readonly string[];
}

function headerText(value: CellValue): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return null;
}

function mapRow(kind: SheetKind, row: readonly CellValue[] | undefined) {
  const found = new Map<string, { col: number; count: boolean }>();
  const duplicates: { key: string; col: number }[] = [];
  if (!row) return { found, duplicates };
  for (let c = 0; c < row.length; c++) {
    const text = headerText(row[c]);
    if (text === null || text.trim() === "") continue;
    const match = matchHeader(kind, text);
    if (!match) continue;
    if (found.has(match.key)) duplicates.push({ key: match.key, col: c });
    else found.set(match.key, { col: c, count: match.count });
  }
  return { found, duplicates };
}

function isEmpty(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most texts start with a letter or digit: no need to trim them to see they are not blank.
  return value.length === 0 || (startsWithSpace(value) && value.trim() === "");
}

/** Whether a text starts with a character `trim` removes (the only one below U+1680 is NBSP). */
function startsWithSpace(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= SPACE || c === NO_BREAK_SPACE || (c >= 0x1680 && /\s/.test(text[0]));
}

/**
 * Whether a row below the header is a data row: it has a value in a mapped column. The long
 * sheets ask this in their own pass over the rows rather than from a list made first: one pass
 * over a million rows instead of two.
 */
export function isDataRow(table: Table, r: number): boolean {
  const { mapped, rows } = table;
  for (let i = 0; i < mapped.length; i++) if (!isEmpty(rows.cell(r, mapped[i]))) return true;
  return false;
}

/** The 0-based indexes of the data rows, in order: for the short sheets. */
export function dataRows(table: Table): number[] {
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r < table.sheet.rows.length; r++)
    if (isDataRow(table, r)) rows.push(r);
  return rows;
}

/** A sheet's header row for a kind and the fields its cells name. */
export interface HeaderRow {
  /** 0-based index of the row. */
  readonly row: number;
  /** The column of each recognised field, and whether it holds counts (social inputs). */
  readonly found: ReadonlyMap<string, { readonly col: number; readonly count: boolean }>;
  /** Second columns of a field already found: the first one is read. */
  readonly duplicates: readonly { readonly key: string; readonly col: number }[];
}

/**
 * The header row of a sheet read as a kind (DECISIONS A-02): among the first ten rows, the one
 * with the most recognised headers, the first of equals. Only those rows are looked at, so a
 * long sheet costs no more than a short one.
 *
 * @returns null when no row has a recognised header.
 */
export function findHeaderRow(rows: SheetRows, kind: SheetKind): HeaderRow | null {
  let best: HeaderRow | null = null;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.length); r++) {
    const { found, duplicates } = mapRow(kind, rowAt(rows, r));
    if (found.size > (best?.found.size ?? 0)) best = { row: r, found, duplicates };
  }
  return best;
}

/**
 * Finds the header row among the first ten rows (the one with the most recognised headers,
 * DECISIONS A-02) and maps its columns; {@link isDataRow} tells the data rows below it.
 *
 * @returns null when no row has a recognised header.
 */
export function readTable(sheet: SheetInput, kind: SheetKind, problems: ProblemLog): Table | null {
  const rows = packedRows(sheet.rows);
  const header = findHeaderRow(rows, kind);
  if (!header) return null;
  const { row: best, found, duplicates } = header;
  for (const d of duplicates) {
    problems.warning(
      sheet.name,
      cellAddress(best, d.col),
      messages.duplicateColumn(d.key, cellAddress(best, found.get(d.key)!.col)),
    );
  }
  const columns = new Map<string, number>();
  const countKeys = new Set<string>();
  for (const [key, { col, count }] of found) {
    columns.set(key, col);
    if (count) countKeys.add(key);
  }
  const mapped = [...columns.values()];
  const missing = FIELDS[kind].filter((f) => f.required && !columns.has(f.key)).map((f) => f.key);
  return {
    sheet,
    rows,
    headerRow: best,
    columns,
    countKeys,
    mapped,
    missing,
  };
}
