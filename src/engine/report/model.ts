/**
 * The report model: a plain description of report sheets that both renderers (ExcelJS in the
 * CLI, Office.js in the add-in) turn into the same workbook. No ExcelJS or Office types here.
 */

/** A value of a report cell. Dates are ISO strings wrapped so they are written as dates. */
export type ReportValue = string | number | boolean | null | { readonly date: string };

/** Invariant number format codes (Excel's, en-US), applied per column. */
export const FORMATS = {
  percent: "0.0%",
  share4: "0.0000",
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
  date: "dd.mm.yyyy",
} as const;

export type CellStyle = "title" | "subtitle" | "header" | "total" | "note" | "wrap";

/** A rectangular table: a header row, data rows and an optional total row. */
export interface TableBlock {
  readonly kind: "table";
  /** 0-based sheet row of the header. */
  readonly row: number;
  readonly col: number;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ReportValue[])[];
  readonly total?: readonly ReportValue[];
  /** A number format per column, or null for General. */
  readonly formats?: readonly (string | null)[];
  /** Columns whose text wraps. */
  readonly wrap?: readonly number[];
}

/** Lines of text, one per row, starting at (row, col). */
export interface TextBlock {
  readonly kind: "text";
  readonly row: number;
  readonly col: number;
  readonly lines: readonly string[];
  readonly style: CellStyle;
  /** Columns the text spans when merged (for paragraphs). */
  readonly span?: number;
}

export type Block = TableBlock | TextBlock;

/** A1 range on the same sheet, e.g. `F4:F25`. */
export type A1Range = string;

export type ConditionalFormat =
  | { readonly kind: "dataBar"; readonly range: A1Range; readonly color: string }
  | {
      readonly kind: "textFill";
      readonly range: A1Range;
      readonly text: string;
      readonly fill: string;
      readonly font?: string;
    };

export interface ChartSpec {
  readonly type: "bar" | "column" | "pie";
  readonly title: string;
  /** Sheet-qualified ranges of categories and values. */
  readonly categories: A1Range;
  readonly values: A1Range;
  readonly seriesName: string;
  /** 0-based anchor cell and size in columns × rows. */
  readonly anchor: {
    readonly row: number;
    readonly col: number;
    readonly width: number;
    readonly height: number;
  };
  readonly percent?: boolean;
  /** Colours (RRGGBB) of the series, or of each slice of a pie. */
  readonly colors?: readonly string[];
}

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** 1-based rows repeated on each page, e.g. `4:4`. */
  readonly titleRows?: string;
}

export interface ReportSheet {
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the title and header rows). */
  readonly freezeRows: number;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts: readonly ChartSpec[];
  readonly print: PrintSetup;
  /** Number formats of single cells (0-based), for tables whose rows mix kinds. */
  readonly cellFormats?: readonly {
    readonly row: number;
    readonly col: number;
    readonly format: string;
  }[];
  /** 0-based rows that start a new printed page (e.g. a chart below a long table). */
  readonly pageBreaks?: readonly number[];
}

export interface ReportModel {
  readonly sheets: readonly ReportSheet[];
}
