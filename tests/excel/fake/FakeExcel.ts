// A recording fake of the part of the Excel JavaScript API that src/excel uses. Calls are queued
// as Office.js queues them and applied to a FakeWorkbook only at `context.sync()`, which counts
// the syncs and measures each request's size: the JSON of everything queued since the previous
// sync. Reading a property that was not loaded and synced throws, as in Excel. Plain TypeScript,
// no Node APIs: the pane's browser tests can use it too.

import {
  ERROR_LITERALS,
  MAX_COLUMNS,
  MAX_ROWS,
  type Box,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeRequest,
  FakeSheet,
  type FakeWorkbook,
} from "./FakeWorkbook";

/** An error as Office.js reports it: `error.code` is one of Excel's error codes. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

interface Op {
  readonly path: string;
  readonly name: string;
  readonly args: unknown;
  readonly run: () => void;
}

type Loaded = Record<string, unknown>;

/** UTF-8 length of a text (TextEncoder is missing from some test environments). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

// ---------------------------------------------------------------------------------------------
// Addresses

function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** `A1:B2` of a box. */
export function boxAddress(box: Box): string {
  const first = `${columnLetters(box.col)}${box.row + 1}`;
  const last = `${columnLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
  return box.rows === 1 && box.cols === 1 ? first : `${first}:${last}`;
}

/** The box of `A1`, `A1:C5`, `A:C` or `4:4` (with or without `$`). */
export function parseAddress(address: string): Box {
  const text = address.replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(text);
  if (m) {
    const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
    return checked(
      {
        row: Math.min(r1, r2),
        col: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        cols: Math.abs(c2 - c1) + 1,
      },
      address,
    );
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
  if (m) {
    const [c1, c2] = [columnIndex(m[1]), columnIndex(m[2])];
    return checked(
      { row: 0, col: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 },
      address,
    );
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(text);
  if (m) {
    const [r1, r2] = [Number(m[1]) - 1, Number(m[2]) - 1];
    return checked(
      { row: Math.min(r1, r2), col: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLUMNS },
      address,
    );
  }
  throw new FakeExcelError("InvalidArgument", `not an address: ${address}`);
}

function checked(box: Box, what: string): Box {
  const ok =
    box.row >= 0 &&
    box.col >= 0 &&
    box.rows >= 1 &&
    box.cols >= 1 &&
    box.row + box.rows <= MAX_ROWS &&
    box.col + box.cols <= MAX_COLUMNS;
  if (!ok) throw new FakeExcelError("InvalidArgument", `outside the sheet: ${what}`);
  return box;
}

function qualified(sheet: FakeSheet, box: Box): string {
  const name = /^[\p{L}\d_]+$/u.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${boxAddress(box)}`;
}

// ---------------------------------------------------------------------------------------------
// What Excel makes of a value assigned through `range.values`

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?(e[+-]?\d+)?$/i;

/** Excel's reading of typed text as a number (en-US), or null. */
function typedNumber(text: string): { value: number; percent: boolean } | null {
  let t = text.trim();
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1).trim();
  if (!/\d/.test(t) || !NUMBER.test(t)) return null;
  const value = Number(t.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return { value: percent ? value / 100 : value, percent };
}

function typedDate(text: string): number | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (m) return (Date.UTC(+m[1], +m[2] - 1, +m[3]) - EPOCH) / MS_PER_DAY;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (m) return (Date.UTC(+m[3], +m[1] - 1, +m[2]) - EPOCH) / MS_PER_DAY;
  return null;
}

/** Stores one assigned value the way Excel does when it is typed into a cell. */
function enter(sheet: FakeSheet, row: number, col: number, value: unknown): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new FakeExcelError("InvalidArgument", `not a number: ${value}`);
    sheet.setValue(row, col, value);
    return;
  }
  if (typeof value === "boolean") {
    sheet.setValue(row, col, value);
    return;
  }
  if (typeof value !== "string") {
    throw new FakeExcelError(
      "InvalidArgument",
      `a cell takes text, numbers or booleans: ${JSON.stringify(value)}`,
    );
  }
  if (value === "") {
    sheet.setValue(row, col, undefined);
    return;
  }
  if (value.length > 32767)
    throw new FakeExcelError("InvalidArgument", "text longer than 32767 characters");
  if (sheet.numberFormat(row, col) === "@") {
    sheet.setValue(row, col, value);
    return;
  }
  const first = value.charCodeAt(0);
  // Most text starts with a letter and is text: the quick way out for large reports.
  if (first >= 0x400 && first <= 0x4ff) {
    sheet.setValue(row, col, value);
    return;
  }
  if (value.startsWith("'")) {
    sheet.setValue(row, col, value.slice(1));
    sheet.markQuotePrefix(row, col);
    return;
  }
  const number = typedNumber(value);
  if (number) {
    sheet.setValue(row, col, number.value);
    if (number.percent && sheet.numberFormat(row, col) === "General")
      sheet.setNumberFormat(row, col, "0%");
    return;
  }
  if (/^[=+\-@]/.test(value)) {
    // A formula Excel cannot evaluate here: the cell shows an error, never the text.
    sheet.setValue(row, col, "#NAME?");
    sheet.markError(row, col);
    sheet.markFormula(row, col, value.startsWith("=") ? value : `=${value}`);
    return;
  }
  const date = typedDate(value);
  if (date !== null) {
    sheet.setValue(row, col, date);
    if (sheet.numberFormat(row, col) === "General") sheet.setNumberFormat(row, col, "m/d/yyyy");
    return;
  }
  if (/^(true|false)$/i.test(value.trim())) {
    sheet.setValue(row, col, value.trim().toLowerCase() === "true");
    return;
  }
  if (ERROR_LITERALS.includes(value.trim().toUpperCase())) {
    sheet.setValue(row, col, value.trim().toUpperCase());
    sheet.markError(row, col);
    return;
  }
  sheet.setValue(row, col, value);
}

function checkShape(grid: unknown, box: Box, what: string): asserts grid is unknown[][] {
  const ok =
    Array.isArray(grid) &&
    grid.length === box.rows &&
    grid.every((row) => Array.isArray(row) && row.length === box.cols);
  if (!ok) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${what}: the array does not match the range's ${box.rows} × ${box.cols} cells`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The request context

/** The fake's `Excel.RequestContext`. */
export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: Op[] = [];
  private commits: (() => void)[] = [];
  private responseBytes = 0;

  constructor(readonly state: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Operations queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  enqueue(path: string, name: string, args: unknown, run: () => void): void {
    this.queue.push({ path, name, args, run });
  }

  /** Sends loaded data back; it reaches the proxies only when the whole batch succeeds. */
  respond(data: unknown, commit: () => void): void {
    this.responseBytes += utf8Length(JSON.stringify(data) ?? "null");
    this.commits.push(commit);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const stats = this.state.stats;
    stats.syncs++;
    if (ops.length === 0) return; // office.js sends no request for an empty batch
    const started = now();
    let request: FakeRequest | undefined;
    try {
      const bytes = utf8Length(JSON.stringify(ops.map((op) => [op.path, op.name, op.args])));
      request = {
        bytes,
        ops: ops.length,
        calculationSuspended: ops.some((op) => op.name === "suspendApiCalculationUntilNextSync"),
        writesValues: ops.some((op) => op.name === "values="),
        responseBytes: 0,
      };
      stats.requests.push(request);
      const { requestLimitBytes, responseLimitBytes } = this.state.options;
      if (requestLimitBytes !== undefined && bytes > requestLimitBytes) {
        throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${bytes} bytes`);
      }
      this.commits = [];
      this.responseBytes = 0;
      for (const op of ops) op.run();
      request.responseBytes = this.responseBytes;
      if (responseLimitBytes !== undefined && this.responseBytes > responseLimitBytes) {
        throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${this.responseBytes} bytes`);
      }
      for (const commit of this.commits) commit();
    } catch (error) {
      if (request) request.failed = (error as { code?: string }).code ?? String(error);
      throw error;
    } finally {
      this.commits = [];
      stats.fakeMs += now() - started;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies with loadable properties

function propertyList(what: unknown): string[] {
  const text =
    typeof what === "string"
      ? what
      : Array.isArray(what)
        ? what.join(",")
        : (what as { select?: string } | undefined)?.select;
  if (!text)
    throw new Error("the fake loads only the properties named (load everything is a bad habit)");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

abstract class FakeObject {
  protected data: Loaded | null = null;

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
  ) {}

  get context(): FakeContext {
    return this.ctx;
  }

  protected prop<T>(name: string): T {
    if (!this.data || !(name in this.data)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `${this.path}.${name} was not loaded and synced`,
      );
    }
    return this.data[name] as T;
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }

  load(what?: string | string[] | { select?: string }): this {
    const names = propertyList(what);
    this.ctx.enqueue(this.path, "load", names, () => {
      const snapshot = this.snapshot(names);
      this.ctx.respond(snapshot, () => {
        this.data = { ...(this.data ?? {}), ...snapshot };
      });
    });
    return this;
  }

  /** Preloads properties from a collection load. */
  preload(data: Loaded): void {
    this.data = { ...(this.data ?? {}), ...data };
  }

  protected abstract snapshot(names: readonly string[]): Loaded;

  toJSON(): string {
    return this.path;
  }
}

function unknownProperty(path: string, name: string): never {
  throw new FakeExcelError("PropertyNotLoaded", `the fake does not load ${path}.${name}`);
}

// ---------------------------------------------------------------------------------------------
// Recorders: objects whose properties are only set (formats, charts, conditional formats)

interface Schema {
  readonly props?: readonly string[];
  readonly objects?: Readonly<Record<string, Schema>>;
  /** Methods that record their arguments as a property: `setSolidColor` → `color`. */
  readonly setters?: Readonly<Record<string, string>>;
  /** The schema of the items that `getItem` / `getItemAt` return. */
  readonly items?: Schema;
  /** Methods that do something else. */
  readonly methods?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

type Apply = (prop: string, value: unknown) => void;

/** An argument as recorded: a range by its address at the time the batch runs. */
function recorded(arg: unknown): unknown {
  return arg instanceof RangeProxy ? arg.qualifiedAddress() : arg;
}

function recorder(
  ctx: FakeContext,
  path: string,
  schema: Schema,
  apply: Apply,
  prefix = "",
): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== "string") return undefined;
        if (name === "toJSON") return () => path;
        const child = schema.objects?.[name];
        if (child) return recorder(ctx, `${path}.${name}`, child, apply, `${prefix}${name}.`);
        const setter = schema.setters?.[name];
        if (setter) {
          return (...args: unknown[]) =>
            ctx.enqueue(path, name, args, () =>
              apply(prefix + setter, args.length === 1 ? recorded(args[0]) : args.map(recorded)),
            );
        }
        if ((name === "getItem" || name === "getItemAt") && schema.items) {
          const items = schema.items;
          return (key: string | number) =>
            recorder(
              ctx,
              `${path}.${name}(${JSON.stringify(key)})`,
              items,
              apply,
              `${prefix.replace(/\.$/, "")}[${key}].`,
            );
        }
        const method = schema.methods?.[name];
        if (method) return method;
        if (schema.props?.includes(name)) return unknownProperty(path, name);
        throw new TypeError(`the fake has no ${path}.${name}`);
      },
      set(_target, name, value) {
        if (typeof name !== "string" || !schema.props?.includes(name)) {
          throw new TypeError(`the fake has no settable ${path}.${String(name)}`);
        }
        ctx.enqueue(path, `${name}=`, value, () => apply(prefix + name, value));
        return true;
      },
    },
  );
}

const FILL: Schema = { setters: { setSolidColor: "color" }, props: ["color"] };
const AXIS: Schema = {
  props: ["reversePlotOrder", "minimum", "maximum", "numberFormat", "visible"],
};
const SERIES: Schema = {
  props: ["name", "hasDataLabels", "gapWidth"],
  objects: {
    dataLabels: { props: ["showValue", "numberFormat", "position"] },
    format: { objects: { fill: FILL } },
    points: { items: { objects: { format: { objects: { fill: FILL } } } } },
  },
  setters: { setValues: "values", setXAxisValues: "categories" },
};
const CHART: Schema = {
  props: ["name", "top", "left", "height", "width"],
  objects: {
    title: { props: ["text", "visible"] },
    legend: { props: ["visible", "position"] },
    axes: { objects: { categoryAxis: AXIS, valueAxis: AXIS } },
    series: { items: SERIES },
  },
  setters: { setPosition: "position" },
};
const CHART_TYPES = ["BarClustered", "ColumnClustered", "Pie", "Line", "Doughnut"];

const CONDITIONAL_FORMAT: Schema = {
  objects: {
    dataBar: {
      props: ["lowerBoundRule", "upperBoundRule", "barDirection", "showDataBarOnly"],
      objects: { positiveFormat: { props: ["fillColor", "gradientFill", "borderColor"] } },
    },
    textComparison: {
      props: ["rule"],
      objects: {
        format: {
          objects: { fill: { props: ["color"] }, font: { props: ["color", "bold", "italic"] } },
        },
      },
    },
  },
};
const CONDITIONAL_TYPES: Record<string, string> = {
  DataBar: "dataBar.",
  ContainsText: "textComparison.",
};

const RANGE_FORMAT: Schema = {
  props: ["wrapText", "verticalAlignment", "horizontalAlignment", "rowHeight", "columnWidth"],
  objects: {
    font: { props: ["bold", "italic", "size", "color", "name", "underline"] },
    fill: { props: ["color"] },
    borders: { items: { props: ["style", "weight", "color"] } },
  },
};

const PAGE_LAYOUT: Schema = {
  props: ["paperSize", "orientation", "zoom", "centerHorizontally", "printGridlines"],
  setters: { setPrintTitleRows: "printTitleRows", setPrintMargins: "margins" },
};

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets, ranges

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx, "wb.worksheets");
    this.tables = new TableCollectionProxy(ctx, "wb.tables");
    this.settings = new SettingCollectionProxy(ctx, "wb.settings");
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        ctx.enqueue("wb.application", "suspendApiCalculationUntilNextSync", null, () => undefined),
    };
  }
}

/** Item properties named as `items/name` in a collection load. */
function itemProperties(names: readonly string[], path: string): string[] {
  return names.map((name) => {
    const m = /^items\/(\w+)$/.exec(name);
    if (!m) throw new Error(`the fake loads ${path} as items/<property>, not ${name}`);
    return m[1];
  });
}

class WorksheetCollectionProxy extends FakeObject {
  get items(): WorksheetProxy[] {
    return this.prop("items");
  }

  protected snapshot(names: readonly string[]): Loaded {
    const props = itemProperties(names, this.path);
    const state = this.ctx.state;
    const items = state.sheets.map((sheet) => {
      const id = sheet.id;
      const ws = new WorksheetProxy(
        this.ctx,
        `wb.worksheets.getItem(${JSON.stringify(id)})`,
        () => state.sheets.find((s) => s.id === id) ?? null,
        false,
      );
      ws.preload(WorksheetProxy.describe(sheet, props));
      return ws;
    });
    return { items };
  }

  override toJSON(): string {
    return this.path;
  }

  private byKey(key: string): FakeSheet | null {
    const state = this.ctx.state;
    return state.sheets.find((s) => s.id === key) ?? state.find(key) ?? null;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getItem(${JSON.stringify(key)})`,
      () => this.byKey(key),
      false,
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this.byKey(key),
      true,
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    const state = this.ctx.state;
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.getActiveWorksheet()`,
      () => state.sheets.find((s) => s.id === state.activeSheetId) ?? null,
      false,
    );
  }

  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    const ws = new WorksheetProxy(
      this.ctx,
      `${this.path}.add(${JSON.stringify(name ?? null)})`,
      () => created,
      false,
    );
    this.ctx.enqueue(this.path, "add", [name ?? null], () => {
      const state = this.ctx.state;
      let wanted = name;
      for (let n = state.sheets.length + 1; wanted === undefined; n++)
        if (!state.find(`Sheet${n}`)) wanted = `Sheet${n}`;
      if (
        wanted.length > 31 ||
        wanted.length === 0 ||
        /[\\/?*[\]:]/.test(wanted) ||
        /^'|'$/.test(wanted)
      ) {
        throw new FakeExcelError("InvalidArgument", `not a valid sheet name: «${wanted}»`);
      }
      if (state.find(wanted))
        throw new FakeExcelError("ItemAlreadyExists", `a sheet «${wanted}» exists`);
      const sheet = new FakeSheet(state.nextId(), wanted);
      state.sheets.push(sheet);
      created = sheet;
    });
    return ws;
  }
}

class WorksheetProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly locate: () => FakeSheet | null,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
  }

  static describe(sheet: FakeSheet, props: readonly string[]): Loaded {
    const data: Loaded = { isNullObject: false };
    const state = sheet;
    for (const prop of props) {
      if (prop === "id") data.id = state.id;
      else if (prop === "name") data.name = state.name;
      else if (prop === "visibility") data.visibility = state.visibility;
      else if (prop !== "isNullObject") unknownProperty("worksheet", prop);
    }
    return data;
  }

  /** The sheet an operation acts on, failing as Excel does when there is none. */
  sheet(): FakeSheet {
    const sheet = this.locate();
    if (!sheet || sheet.deleted)
      throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    return sheet;
  }

  protected snapshot(names: readonly string[]): Loaded {
    const sheet = this.locate();
    if (!sheet || sheet.deleted) {
      if (this.orNull) return { isNullObject: true };
      throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    }
    return WorksheetProxy.describe(sheet, names);
  }

  get id(): string {
    return this.prop("id");
  }

  get name(): string {
    return this.prop("name");
  }

  set name(value: string) {
    this.ctx.enqueue(this.path, "name=", value, () => {
      const sheet = this.sheet();
      const other = this.ctx.state.find(value);
      if (other && other !== sheet)
        throw new FakeExcelError("ItemAlreadyExists", `a sheet «${value}» exists`);
      sheet.name = value;
    });
  }

  get visibility(): string {
    return this.prop("visibility");
  }

  delete(): void {
    this.ctx.enqueue(this.path, "delete", null, () => {
      const state = this.ctx.state;
      const sheet = this.sheet();
      const visible = state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
      if (visible.length === 0)
        throw new FakeExcelError("InvalidOperation", "a workbook must keep one visible sheet");
      sheet.deleted = true;
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.tables.splice(
        0,
        state.tables.length,
        ...state.tables.filter((t) => t.sheetId !== sheet.id),
      );
      if (state.activeSheetId === sheet.id) state.activeSheetId = visible[0].id;
    });
  }

  activate(): void {
    this.ctx.enqueue(this.path, "activate", null, () => {
      this.ctx.state.activeSheetId = this.sheet().id;
    });
  }

  getRange(address?: string): RangeProxy {
    const box =
      address === undefined
        ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS }
        : parseAddress(address);
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRange(${JSON.stringify(address ?? "")})`,
      this,
      () => box,
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    const box = checked(
      { row, col, rows, cols },
      `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`,
    );
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`,
      this,
      () => box,
    );
  }

  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      this,
      (sheet) => sheet.usedBox(valuesOnly),
      true,
    );
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) =>
        this.ctx.enqueue(`${this.path}.freezePanes`, "freezeRows", [count], () => {
          this.sheet().freezeRows = count;
        }),
    };
  }

  get pageLayout(): unknown {
    return recorder(this.ctx, `${this.path}.pageLayout`, PAGE_LAYOUT, (prop, value) => {
      if (prop === "orientation" && value !== "Landscape" && value !== "Portrait") {
        throw new FakeExcelError("InvalidArgument", `orientation ${String(value)}`);
      }
      this.sheet().pageLayout[prop] = value;
    });
  }

  get horizontalPageBreaks(): { add(range: string | RangeProxy): void } {
    return {
      add: (range) =>
        this.ctx.enqueue(`${this.path}.horizontalPageBreaks`, "add", [range], () => {
          const box = typeof range === "string" ? parseAddress(range) : range.target().box;
          this.sheet().pageBreaks.push(box.row);
        }),
    };
  }

  get charts(): { add(type: string, source: RangeProxy, seriesBy?: string): unknown } {
    return {
      add: (type, source, seriesBy = "Auto") => {
        let chart: FakeChart | null = null;
        const path = `${this.path}.charts.add(${JSON.stringify(type)})`;
        this.ctx.enqueue(`${this.path}.charts`, "add", [type, source, seriesBy], () => {
          if (!CHART_TYPES.includes(type))
            throw new FakeExcelError("InvalidArgument", `chart type ${type}`);
          chart = { type, source: source.qualifiedAddress(), seriesBy, props: {} };
          this.sheet().charts.push(chart);
        });
        return recorder(this.ctx, path, CHART, (prop, value) => {
          chart!.props[prop] = value;
        });
      },
    };
  }

  get customProperties(): CustomPropertyCollectionProxy {
    return new CustomPropertyCollectionProxy(this.ctx, `${this.path}.customProperties`, this);
  }
}

class RangeProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly ws: WorksheetProxy,
    private readonly locateBox: (sheet: FakeSheet) => Box | null,
    private readonly orNull = false,
  ) {
    super(ctx, path);
  }

  /** The sheet and cells an operation acts on. */
  target(): { sheet: FakeSheet; box: Box } {
    const sheet = this.ws.sheet();
    const box = this.locateBox(sheet);
    if (!box) throw new FakeExcelError("ItemNotFound", `${this.path} is empty`);
    return { sheet, box };
  }

  qualifiedAddress(): string {
    const { sheet, box } = this.target();
    return qualified(sheet, box);
  }

  protected snapshot(names: readonly string[]): Loaded {
    const sheet = this.ws.sheet();
    const box = this.locateBox(sheet);
    if (!box) {
      if (this.orNull) return { isNullObject: true };
      throw new FakeExcelError("ItemNotFound", `${this.path} is empty`);
    }
    const grid = <T>(cell: (r: number, c: number) => T): T[][] =>
      Array.from({ length: box.rows }, (_, r) =>
        Array.from({ length: box.cols }, (_, c) => cell(box.row + r, box.col + c)),
      );
    const data: Loaded = { isNullObject: false };
    for (const name of names) {
      if (name === "values") data.values = grid((r, c) => sheet.value(r, c) ?? "");
      else if (name === "numberFormat")
        data.numberFormat = grid((r, c) => sheet.numberFormat(r, c));
      else if (name === "valueTypes") {
        data.valueTypes = grid((r, c) => {
          const v = sheet.value(r, c);
          if (v === undefined) return "Empty";
          if (sheet.isError(r, c)) return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      } else if (name === "rowIndex") data.rowIndex = box.row;
      else if (name === "columnIndex") data.columnIndex = box.col;
      else if (name === "rowCount") data.rowCount = box.rows;
      else if (name === "columnCount") data.columnCount = box.cols;
      else if (name === "address") data.address = qualified(sheet, box);
      else if (name !== "isNullObject") unknownProperty(this.path, name);
    }
    return data;
  }

  get values(): unknown[][] {
    return this.prop("values");
  }

  set values(values: unknown[][]) {
    this.ctx.enqueue(this.path, "values=", values, () => {
      const { sheet, box } = this.target();
      checkShape(values, box, `${this.path}.values`);
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== undefined) enter(sheet, box.row + r, box.col + c, value);
        }),
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }

  set numberFormat(formats: unknown[][]) {
    this.ctx.enqueue(this.path, "numberFormat=", formats, () => {
      const { sheet, box } = this.target();
      checkShape(formats, box, `${this.path}.numberFormat`);
      formats.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format === null || format === undefined) return; // null leaves the cell's format
          if (typeof format !== "string")
            throw new FakeExcelError("InvalidArgument", `format ${JSON.stringify(format)}`);
          sheet.setNumberFormat(box.row + r, box.col + c, format);
        }),
      );
    });
  }

  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }

  get rowIndex(): number {
    return this.prop("rowIndex");
  }

  get columnIndex(): number {
    return this.prop("columnIndex");
  }

  get rowCount(): number {
    return this.prop("rowCount");
  }

  get columnCount(): number {
    return this.prop("columnCount");
  }

  get address(): string {
    return this.prop("address");
  }

  get format(): unknown {
    return recorder(this.ctx, `${this.path}.format`, RANGE_FORMAT, (prop, value) => {
      const { sheet, box } = this.target();
      if (prop === "rowHeight") {
        if (typeof value !== "number" || value < 0 || value > 409)
          throw new FakeExcelError("InvalidArgument", `row height ${String(value)}`);
        for (let r = box.row; r < box.row + box.rows; r++) sheet.rowHeights.set(r, value);
      } else if (prop === "columnWidth") {
        if (typeof value !== "number" || value < 0)
          throw new FakeExcelError("InvalidArgument", `column width ${String(value)}`);
        for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, value);
      } else {
        sheet.formats.push({ address: boxAddress(box), prop, value });
      }
    });
  }

  get conditionalFormats(): { add(type: string): unknown } {
    return {
      add: (type: string) => {
        let format: FakeConditionalFormat | null = null;
        this.ctx.enqueue(`${this.path}.conditionalFormats`, "add", [type], () => {
          if (!(type in CONDITIONAL_TYPES))
            throw new FakeExcelError("InvalidArgument", `conditional format ${type}`);
          const { sheet, box } = this.target();
          format = { type, address: boxAddress(box), props: {} };
          sheet.conditionalFormats.push(format);
        });
        return recorder(
          this.ctx,
          `${this.path}.conditionalFormats.add(${JSON.stringify(type)})`,
          CONDITIONAL_FORMAT,
          (prop, value) => {
            if (!prop.startsWith(CONDITIONAL_TYPES[format!.type])) {
              throw new FakeExcelError(
                "InvalidOperation",
                `${prop} on a ${format!.type} conditional format`,
              );
            }
            format!.props[prop] = value;
          },
        );
      },
    };
  }

  select(): void {
    this.ctx.enqueue(this.path, "select", null, () => {
      const { sheet, box } = this.target();
      const state = this.ctx.state;
      if (state.activeSheetId !== sheet.id)
        throw new FakeExcelError("InvalidOperation", "select on a sheet that is not active");
      state.selection = { sheetId: sheet.id, address: boxAddress(box) };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Settings, custom properties, tables

class SettingProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, path);
  }

  protected snapshot(names: readonly string[]): Loaded {
    const settings = this.ctx.state.settings;
    if (!settings.has(this.key)) {
      if (this.orNull) return { isNullObject: true };
      throw new FakeExcelError("ItemNotFound", `no setting ${this.key}`);
    }
    const data: Loaded = { isNullObject: false };
    for (const name of names) {
      if (name === "value") data.value = settings.get(this.key);
      else if (name === "key") data.key = this.key;
      else if (name !== "isNullObject") unknownProperty(this.path, name);
    }
    return data;
  }

  get value(): unknown {
    return this.prop("value");
  }

  delete(): void {
    this.ctx.enqueue(this.path, "delete", null, () => this.ctx.state.settings.delete(this.key));
  }
}

class SettingCollectionProxy extends FakeObject {
  protected snapshot(): Loaded {
    throw new Error("the fake does not load all settings");
  }

  add(key: string, value: unknown): void {
    this.ctx.enqueue(this.path, "add", [key, value], () => {
      this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value)));
    });
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      key,
      true,
    );
  }
}

class CustomPropertyProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly ws: WorksheetProxy,
    private readonly key: string,
  ) {
    super(ctx, path);
  }

  protected snapshot(names: readonly string[]): Loaded {
    const properties = this.ws.sheet().customProperties;
    const found = [...properties.keys()].find((k) => k.toLowerCase() === this.key.toLowerCase());
    if (found === undefined) return { isNullObject: true };
    const data: Loaded = { isNullObject: false };
    for (const name of names) {
      if (name === "value") data.value = properties.get(found);
      else if (name === "key") data.key = found;
      else if (name !== "isNullObject") unknownProperty(this.path, name);
    }
    return data;
  }

  get value(): string {
    return this.prop("value");
  }
}

class CustomPropertyCollectionProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx, path);
  }

  protected snapshot(): Loaded {
    throw new Error("the fake does not load all custom properties");
  }

  add(key: string, value: string): void {
    this.ctx.enqueue(this.path, "add", [key, value], () => {
      if (key.length > 255 || String(value).length > 255)
        throw new FakeExcelError("InvalidArgument", "custom property too long");
      const properties = this.ws.sheet().customProperties;
      for (const k of properties.keys())
        if (k.toLowerCase() === key.toLowerCase()) properties.delete(k);
      properties.set(key, String(value));
    });
  }

  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(
      this.ctx,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      this.ws,
      key,
    );
  }
}

class TableProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly tableName: string,
  ) {
    super(ctx, path);
  }

  private table() {
    const table = this.ctx.state.tables.find((t) => t.name === this.tableName);
    if (!table) throw new FakeExcelError("ItemNotFound", `no table ${this.tableName}`);
    return table;
  }

  protected snapshot(names: readonly string[]): Loaded {
    const data: Loaded = { isNullObject: false };
    for (const name of names) {
      if (name === "name") data.name = this.table().name;
      else unknownProperty(this.path, name);
    }
    return data;
  }

  get name(): string {
    return this.prop("name");
  }

  get worksheet(): WorksheetProxy {
    const state = this.ctx.state;
    return new WorksheetProxy(
      this.ctx,
      `${this.path}.worksheet`,
      () => state.sheets.find((s) => s.id === this.table().sheetId) ?? null,
      false,
    );
  }

  getRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      `${this.path}.getRange()`,
      this.worksheet,
      () => this.table().box,
    );
  }
}

class TableCollectionProxy extends FakeObject {
  get items(): TableProxy[] {
    return this.prop("items");
  }

  protected snapshot(names: readonly string[]): Loaded {
    const props = itemProperties(names, this.path);
    const items = this.ctx.state.tables.map((table) => {
      const proxy = new TableProxy(
        this.ctx,
        `${this.path}.getItem(${JSON.stringify(table.name)})`,
        table.name,
      );
      const data: Loaded = { isNullObject: false };
      for (const prop of props) {
        if (prop === "name") data.name = table.name;
        else unknownProperty("table", prop);
      }
      proxy.preload(data);
      return proxy;
    });
    return { items };
  }
}

// ---------------------------------------------------------------------------------------------
// Excel.run

/**
 * Runs a batch function against a fake workbook as `Excel.run` runs it against Excel. The
 * function must sync everything it queues: what is left unsynced fails the run, since it would
 * never reach Excel.
 *
 * @param workbook The in-memory workbook; its `stats` count the syncs and requests.
 * @param batch E.g. `(context) => writeReport(context, model)`.
 */
export async function runWithFake<T>(
  workbook: FakeWorkbook,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  const context = new FakeContext(workbook);
  const result = await batch(context as unknown as Excel.RequestContext);
  if (context.pending > 0)
    throw new Error(`${context.pending} queued operations were never synced`);
  return result;
}

/**
 * Installs a global `Excel` whose `run` works on the fake workbook, for code that calls
 * `Excel.run` itself (the pane through `runExcel`).
 *
 * @returns A function that removes it again.
 */
export function installFakeExcel(workbook: FakeWorkbook): () => void {
  const globals = globalThis as { Excel?: unknown };
  const previous = globals.Excel;
  globals.Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runWithFake(workbook, batch),
  };
  return () => {
    globals.Excel = previous;
  };
}
