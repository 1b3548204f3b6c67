import { columnLetter } from "../read/columnLetter";
import { sheetColumnRange } from "./sheetColumnRange";
import type { A1Range, ConditionalFormat, ReportValue, TableBlock } from "./model";

/** A conditional format of a column without its range, which the table works out. */
export type ColumnFill =
  | { readonly kind: "dataBar"; readonly color: string }
  | {
      readonly kind: "textFill";
      readonly text: string;
      readonly fill: string;
      readonly font?: string;
    };

/** One column of a report table: its header, its cells and how they look, in one entry. */
export interface ReportColumn<Item, Totals = never> {
  /** Names the column for lookups such as chart ranges; unique within its table. */
  readonly key: string;
  readonly header: string;
  /** The cell of one item; `index` counts the items from 0. */
  readonly value: (item: Item, index: number) => ReportValue;
  /** Width in characters; left out where another table of the sheet sizes this sheet column. */
  readonly width?: number;
  /** Number format; `null` states General. A table none of whose columns states one has none. */
  readonly format?: string | null;
  readonly wrap?: boolean;
  /**
   * Conditional formats over the column's data rows. Neighbouring columns that share one list
   * get each of its rules once, over all of them, as the risk factors do.
   */
  readonly fill?: readonly ColumnFill[];
  /** The cell of the total row; left out, the cell is empty. */
  readonly total?: (totals: Totals) => ReportValue;
}

/** A table of a report sheet built from its columns, with what the sheet needs around it. */
export interface ReportTable {
  readonly block: TableBlock;
  readonly place: TablePlace;
  /** The widths its columns declare, from its first column on. */
  readonly widths: readonly (number | undefined)[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** 0-based sheet rows of the first and last data row; an empty table keeps one blank row. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The sheet-qualified range of a column's data rows, as chart series take it. */
  chartRange(key: string): A1Range;
}

/** Where a table stands: its sheet, the 0-based row of its header and its first column. */
export interface TablePlace {
  readonly sheet: string;
  readonly row: number;
  readonly col?: number;
}

/**
 * Builds a report table from its column table: header, rows, total, formats, wrapping columns,
 * widths, the conditional formats of its columns and ranges looked up by column key, so a new
 * column is one entry.
 *
 * @param columns The columns from left to right.
 * @param items One row each, in order.
 * @param place The sheet and the header's position.
 * @param totals Given, the table ends with a total row.
 * @returns The table block and what the sheet around it needs.
 */
export function tableBlock<Item, Totals = never>(
  columns: readonly ReportColumn<Item, Totals>[],
  items: readonly Item[],
  place: TablePlace,
  totals?: Totals,
): ReportTable {
  const col = place.col ?? 0;
  const keys = new Map(columns.map((c, i) => [c.key, i]));
  if (keys.size !== columns.length) throw new Error("Report columns need unique keys");
  const firstRow = place.row + 1;
  const lastRow = place.row + Math.max(items.length, 1);
  const wrap = columns.flatMap((c, i) => (c.wrap ? [i] : []));
  const block: TableBlock = {
    kind: "table",
    row: place.row,
    col,
    header: columns.map((c) => c.header),
    rows: items.map((item, i) => columns.map((c) => c.value(item, i))),
    ...(totals === undefined ? {} : { total: columns.map((c) => c.total?.(totals) ?? null) }),
    ...(columns.some((c) => c.format !== undefined)
      ? { formats: columns.map((c) => c.format ?? null) }
      : {}),
    ...(wrap.length > 0 ? { wrap } : {}),
  };
  return {
    block,
    place,
    widths: columns.map((c) => c.width),
    conditionalFormats: fillsOf(
      columns.map((c) => c.fill),
      col,
      firstRow,
      lastRow,
    ),
    firstRow,
    lastRow,
    chartRange(key) {
      const index = keys.get(key);
      if (index === undefined) throw new Error(`No report column «${key}»`);
      return sheetColumnRange(place.sheet, col + index, firstRow, lastRow);
    },
  };
}

/** Each run of neighbouring columns sharing one fill list gets its rules once, over the run. */
function fillsOf(
  fills: readonly (readonly ColumnFill[] | undefined)[],
  col: number,
  firstRow: number,
  lastRow: number,
): ConditionalFormat[] {
  const formats: ConditionalFormat[] = [];
  for (let start = 0; start < fills.length;) {
    const fill = fills[start];
    let end = start;
    while (end + 1 < fills.length && fills[end + 1] === fill) end++;
    const range = `${columnLetter(col + start)}${firstRow + 1}:${columnLetter(col + end)}${lastRow + 1}`;
    for (const { kind, ...rule } of fill ?? [])
      formats.push({ kind, range, ...rule } as ConditionalFormat);
    start = end + 1;
  }
  return formats;
}
