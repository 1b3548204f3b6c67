// The in-memory workbook behind the recording fake of the Excel API. Plain TypeScript without
// Node APIs, so that the pane's browser tests can load it too.

/** A cell value as Excel keeps it. */
export type FakeValue = string | number | boolean;

/** Excel's error literals: typed or assigned as text they become error values. */
export const ERROR_LITERALS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

/** Excel's limits that the fake enforces. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One formatting property set on a range, as recorded (e.g. `font.bold` = true). */
export interface FormatRecord {
  readonly address: string;
  readonly prop: string;
  readonly value: unknown;
}

/** A chart as the fake recorded it; `props` holds every property set, by path. */
export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly props: Record<string, unknown>;
}

/** A conditional format as the fake recorded it. */
export interface FakeConditionalFormat {
  readonly type: string;
  readonly address: string;
  readonly props: Record<string, unknown>;
}

/** A table (ListObject). */
export interface FakeTable {
  readonly name: string;
  readonly sheetId: string;
  readonly box: Box;
}

/** One request that reached Excel: a `sync()` with something queued. */
export interface FakeRequest {
  /** JSON size of everything queued since the previous sync, UTF-8 bytes. */
  readonly bytes: number;
  readonly ops: number;
  /** The batch asked Excel not to calculate until the next sync. */
  readonly calculationSuspended: boolean;
  /** The batch wrote cell values. */
  readonly writesValues: boolean;
  /** JSON size of the loaded data sent back, UTF-8 bytes. */
  responseBytes: number;
  /** The error code when Excel refused or failed the request. */
  failed?: string;
}

/** What the fake counted. */
export interface FakeStats {
  /** Every `context.sync()` call, empty or not. */
  syncs: number;
  /** The syncs that had something queued, in order. */
  readonly requests: FakeRequest[];
  /** Milliseconds spent inside the fake's sync (applying and measuring), not in the caller. */
  fakeMs: number;
}

/** Limits of the Excel being imitated (Excel on the web: 5 MB each way). */
export interface FakeOptions {
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
}

const key = (row: number, col: number) => `${row},${col}`;

/** One worksheet: cells, formats and everything the add-in may set on it. */
export class FakeSheet {
  readonly values: (FakeValue | undefined)[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  /** Formulas by `row,col`: text assigned through `values` that Excel took as a formula. */
  readonly formulas = new Map<string, string>();
  /** Cells whose text was assigned with a leading apostrophe (Excel's quote prefix). */
  readonly quotePrefixed = new Set<string>();
  /** Cells holding an error value. */
  readonly errors = new Set<string>();
  /** Column widths in points by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points by 0-based row. */
  readonly rowHeights = new Map<number, number>();
  readonly customProperties = new Map<string, string>();
  readonly formats: FormatRecord[] = [];
  readonly charts: FakeChart[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** 0-based rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  freezeRows = 0;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;

  constructor(
    public id: string,
    public name: string,
  ) {}

  /** The value of a cell, `undefined` when it is empty. */
  value(row: number, col: number): FakeValue | undefined {
    return this.values[row]?.[col];
  }

  /** The number format of a cell: "General" unless one was set. */
  numberFormat(row: number, col: number): string {
    return this.numberFormats[row]?.[col] ?? "General";
  }

  /** Sets a cell as stored (no conversion): `undefined` clears it. */
  setValue(row: number, col: number, value: FakeValue | undefined): void {
    const k = key(row, col);
    this.formulas.delete(k);
    this.quotePrefixed.delete(k);
    this.errors.delete(k);
    if (value === undefined) {
      if (this.values[row]) this.values[row][col] = undefined;
      return;
    }
    (this.values[row] ??= [])[col] = value;
  }

  setNumberFormat(row: number, col: number, format: string): void {
    (this.numberFormats[row] ??= [])[col] =
      format === "General" || format === "" ? undefined : format;
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(key(row, col));
  }

  isQuotePrefixed(row: number, col: number): boolean {
    return this.quotePrefixed.has(key(row, col));
  }

  isError(row: number, col: number): boolean {
    return this.errors.has(key(row, col));
  }

  markFormula(row: number, col: number, formula: string): void {
    this.formulas.set(key(row, col), formula);
  }

  markQuotePrefix(row: number, col: number): void {
    this.quotePrefixed.add(key(row, col));
  }

  markError(row: number, col: number): void {
    this.errors.add(key(row, col));
  }

  /** The smallest block holding every value (and, unless `valuesOnly`, every number format). */
  usedBox(valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const scan = (grid: readonly (readonly unknown[] | undefined)[]) => {
      grid.forEach((cells, r) => {
        cells?.forEach((v, c) => {
          if (v === undefined) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        });
      });
    };
    scan(this.values);
    if (!valuesOnly) scan(this.numberFormats);
    return bottom < 0
      ? null
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The sheet's values from A1 as rows, empty cells `null`, trailing empties cut (for tests). */
  rows(): (FakeValue | null)[][] {
    const box = this.usedBox(true);
    if (!box) return [];
    const rows: (FakeValue | null)[][] = [];
    for (let r = 0; r < box.row + box.rows; r++) {
      const row: (FakeValue | null)[] = [];
      for (let c = 0; c < box.col + box.cols; c++) row.push(this.value(r, c) ?? null);
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      rows.push(row);
    }
    return rows;
  }
}

/** A workbook: sheets, tables, settings, selection, and the counts of what reached it. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** `context.workbook.settings`: values as stored. */
  readonly settings = new Map<string, unknown>();
  readonly stats: FakeStats = { syncs: 0, requests: [], fakeMs: 0 };
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  private opening = 1;
  private counter = 0;

  constructor(readonly options: FakeOptions = {}) {}

  /** A new worksheet id, shaped like Excel's. */
  nextId(): string {
    this.counter++;
    const hex = this.counter.toString(16).toUpperCase().padStart(12, "0");
    return `{00000000-000${this.opening}-0000-0000-${hex}}`;
  }

  /**
   * Adds a sheet with its values from A1, as a file the user opened would have it.
   *
   * @param rows Values from A1; `null` leaves a cell empty.
   * @param formats Number formats per cell, in the same shape; `null` for General.
   */
  addSheet(
    name: string,
    rows: readonly (readonly (FakeValue | null)[])[] = [],
    formats?: readonly (readonly (string | null)[])[],
  ): FakeSheet {
    if (this.find(name)) throw new Error(`a sheet «${name}» exists`);
    const sheet = new FakeSheet(this.nextId(), name);
    rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== null) sheet.setValue(r, c, v);
        const format = formats?.[r]?.[c];
        if (format) sheet.setNumberFormat(r, c, format);
      }),
    );
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** The sheet with a name (Excel compares names without regard to case), or undefined. */
  find(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** The sheet with a name, failing when there is none. */
  sheet(name: string): FakeSheet {
    const found = this.find(name);
    if (!found)
      throw new Error(`no sheet «${name}»; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return found;
  }

  addTable(name: string, sheet: string, box: Box): void {
    this.tables.push({ name, sheetId: this.sheet(sheet).id, box });
  }

  /** Closes and reopens the file: Excel gives every worksheet a new id. */
  reopen(): void {
    this.opening++;
    this.counter = 0;
    for (const sheet of this.sheets) sheet.id = this.nextId();
    this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /** The largest request so far, in bytes. */
  maxRequestBytes(): number {
    return this.stats.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
  }

  /** Forgets the counts, e.g. between a set-up and the run being measured. */
  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests.length = 0;
    this.stats.fakeMs = 0;
  }
}
