import type { ReportModel } from "../engine";
import { excelApiSupported } from "./excelApiSupported";
import { ownSheetIds, REPORT_RECORD_KEY, REPORT_TAG_KEY } from "./ownSheets";
import { layoutBytes, OP_BYTES, packBatches, planGrids, type Piece } from "./planReport";
import { queueChart } from "./queueChart";
import { queueConditionalFormat } from "./queueConditionalFormat";
import { queueSheetLayout } from "./queueSheetLayout";
import { uniqueSheetName } from "./sheetName";

/** Bytes one request may carry: Excel on the web refuses requests over 5 MB. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * The largest report the writer handles with its fixed number of syncs: the country case
 * (40 000 schools, about 265 MB of requests) with room to spare. A larger report is still written
 * within the request budget, with more syncs.
 */
export const DESIGN_CAPACITY_BYTES = 512_000_000;

/** The stages the writer reports, in Russian for the pane's progress bar. */
export const WRITE_STAGES = {
  inspect: "Проверка книги",
  create: "Создание листов отчёта",
  values: "Запись данных",
  finish: "Диаграммы и условное форматирование",
  done: "Отчёт готов",
} as const;

/** Called as the writer advances: a stage name and the share done, from 0 to 1. */
export type ProgressCallback = (stage: string, share: number) => void;

export interface WriteReportOptions {
  readonly onProgress?: ProgressCallback;
  /** Bytes one request may carry; {@link REQUEST_BUDGET_BYTES} unless told. */
  readonly budgetBytes?: number;
  /** Report size the fixed plan of syncs covers; {@link DESIGN_CAPACITY_BYTES} unless told. */
  readonly capacityBytes?: number;
}

/** One report sheet as written. */
export interface WrittenSheet {
  /** The sheet's name in the workbook, e.g. «Сводка (2)» when the user has a «Сводка». */
  readonly name: string;
  /** The name the report gives it, e.g. «Сводка». */
  readonly wanted: string;
}

/** What a run of the writer did, for the pane's summary. */
export interface WriteReportSummary {
  readonly sheets: readonly WrittenSheet[];
  /** Report sheets of an earlier run that were deleted. */
  readonly replaced: number;
  /** Non-empty cells written. */
  readonly cells: number;
  readonly charts: number;
  /** `context.sync()` calls made: the same for every report up to the design capacity. */
  readonly syncs: number;
  /** Syncs that carried cells; the others send nothing (office.js skips an empty batch). */
  readonly dataBatches: number;
}

function queuePiece(ws: Excel.Worksheet, { grid, from, to }: Piece): void {
  const range = ws.getRangeByIndexes(grid.row + from, grid.col, to - from, grid.width);
  // Formats first, so that Excel never picks a format from a value.
  if (grid.formats) range.numberFormat = grid.formats.slice(from, to) as (string | null)[][];
  range.values = grid.values.slice(from, to) as Excel.Range["values"];
  for (let start = from; start < to;) {
    let end = start + 1;
    while (end < to && grid.heights[end] === grid.heights[start]) end++;
    const height = grid.heights[start];
    if (height !== null) {
      ws.getRangeByIndexes(grid.row + start, grid.col, end - start, 1).format.rowHeight = height;
    }
    start = end;
  }
}

function tagOf(property: Excel.WorksheetCustomProperty | undefined): string | null {
  return property === undefined || property.isNullObject ? null : String(property.value);
}

/** The workbook's sheets and which of them the add-in wrote: two syncs. */
async function inspectWorkbook(context: Excel.RequestContext, tagged: boolean) {
  const worksheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
  const record = context.workbook.settings.getItemOrNullObject(REPORT_RECORD_KEY).load("value");
  await context.sync();
  const sheets = worksheets.items;
  const tags = tagged
    ? sheets.map((ws) => ws.customProperties.getItemOrNullObject(REPORT_TAG_KEY).load("value"))
    : [];
  await context.sync(); // without custom properties nothing is queued, and nothing is sent
  const facts = sheets.map((ws, i) => ({ id: ws.id, name: ws.name, tag: tagOf(tags[i]) }));
  return { sheets, own: ownSheetIds(facts, record.isNullObject ? null : record.value) };
}

/**
 * Queues the replacement of the add-in's old sheets by the new, laid-out report sheets. The old
 * ones go first, so that their names are free again; a user's sheet keeps its name and the new
 * sheet takes a suffix.
 */
function queueSheets(
  context: Excel.RequestContext,
  model: ReportModel,
  existing: readonly Excel.Worksheet[],
  own: ReadonlySet<string>,
  tagged: boolean,
): { ws: Excel.Worksheet; name: string; wanted: string }[] {
  const worksheets = context.workbook.worksheets;
  const kept = existing.filter((ws) => !own.has(ws.id));
  // Excel keeps one visible sheet at least: when only report sheets are visible, a blank sheet
  // holds the place while they are replaced.
  const allNames = existing.map((ws) => ws.name);
  const keeper = kept.some((ws) => ws.visibility === "Visible")
    ? null
    : worksheets.add(uniqueSheetName("Лист", allNames));
  for (const ws of existing) if (own.has(ws.id)) ws.delete();
  const taken = kept.map((ws) => ws.name);
  const printLayout = excelApiSupported("1.9");
  const created = model.sheets.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    const ws = worksheets.add(name);
    if (tagged) ws.customProperties.add(REPORT_TAG_KEY, name);
    ws.load("id");
    queueSheetLayout(ws, sheet, printLayout);
    return { ws, name, wanted: sheet.name };
  });
  keeper?.delete();
  return created;
}

/** Queues what needs the cells in place: conditional formats, charts, loose cell formats. */
function queueFinish(
  context: Excel.RequestContext,
  model: ReportModel,
  created: readonly { ws: Excel.Worksheet; wanted: string }[],
  looseFormats: ReturnType<typeof planGrids>["looseFormats"],
): void {
  const byModelName = new Map(created.map((c) => [c.wanted, c.ws]));
  model.sheets.forEach((sheet, s) => {
    const ws = created[s].ws;
    const sheetOf = (name: string | null) =>
      name === null ? ws : (byModelName.get(name) ?? context.workbook.worksheets.getItem(name));
    for (const format of sheet.conditionalFormats) queueConditionalFormat(ws, format);
    for (const chart of sheet.charts) queueChart(ws, chart, sheetOf);
  });
  for (const { sheet, row, col, format } of looseFormats) {
    created[sheet].ws.getRangeByIndexes(row, col, 1, 1).numberFormat = [[format]];
  }
}

/**
 * Writes the report model into the workbook as new sheets, replacing only the report sheets the
 * add-in wrote before (a user's sheet of the same name is never touched: the new sheet gets
 * « (2)»). Values go in one range assignment per block, or per slice of rows when a block does
 * not fit one request; calculation is suspended in every batch that writes.
 *
 * Syncs: 2 to inspect the workbook, then a fixed plan of `capacity / budget` value batches (the
 * first also creates and lays out the sheets), then 1 for charts, conditional formats and the
 * record of the report sheets: 131 with the defaults, for 10 schools as for 40 000. Batches
 * beyond the report's size are empty, and office.js sends no request for an empty batch, so a
 * district's report costs four round trips and the country's about ninety.
 *
 * @param context The request context of an `Excel.run`.
 * @param model The report model from `buildReport`.
 * @param options Progress callback and size limits.
 * @returns The sheets written and the counts for the pane's summary.
 */
export async function writeReport(
  context: Excel.RequestContext,
  model: ReportModel,
  options: WriteReportOptions = {},
): Promise<WriteReportSummary> {
  const progress: ProgressCallback = options.onProgress ?? (() => undefined);
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const slots = Math.max(1, Math.ceil((options.capacityBytes ?? DESIGN_CAPACITY_BYTES) / budget));
  const tagged = excelApiSupported("1.12");

  progress(WRITE_STAGES.inspect, 0);
  const { sheets: existing, own } = await inspectWorkbook(context, tagged);
  let syncs = 2;

  const { grids, looseFormats } = planGrids(model);
  const layout = model.sheets.reduce((bytes, sheet) => bytes + layoutBytes(sheet), 0);
  // One action's room is kept for the suspension of calculation that opens each batch.
  const batches = packBatches(grids, budget - OP_BYTES, layout);
  const totalBytes = batches.flat().reduce((bytes, piece) => bytes + piece.bytes, 0) || 1;

  progress(WRITE_STAGES.create, 0.05);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const created = queueSheets(context, model, existing, own, tagged);
  let written = 0;
  // A fixed plan of batches, not one per block: the count of syncs does not depend on the data.
  for (let i = 0; i < Math.max(slots, batches.length); i++) {
    const pieces = batches[i] ?? [];
    if (i > 0 && pieces.length > 0) {
      context.workbook.application.suspendApiCalculationUntilNextSync();
    }
    for (const piece of pieces) queuePiece(created[piece.grid.sheet].ws, piece);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB request
    await context.sync();
    syncs++;
    if (pieces.length > 0) {
      written += pieces.reduce((bytes, piece) => bytes + piece.bytes, 0);
      progress(WRITE_STAGES.values, 0.1 + (0.8 * written) / totalBytes);
    }
  }

  progress(WRITE_STAGES.finish, 0.9);
  queueFinish(context, model, created, looseFormats);
  const record = { sheets: created.map((c) => ({ id: c.ws.id, name: c.name })) };
  context.workbook.settings.add(REPORT_RECORD_KEY, JSON.stringify(record));
  created[0]?.ws.activate();
  await context.sync();
  syncs++;
  progress(WRITE_STAGES.done, 1);

  return {
    sheets: created.map(({ name, wanted }) => ({ name, wanted })),
    replaced: own.size,
    cells: grids.reduce(
      (n, grid) => n + grid.values.reduce((m, row) => m + row.filter((v) => v !== "").length, 0),
      0,
    ),
    charts: model.sheets.reduce((n, sheet) => n + sheet.charts.length, 0),
    syncs,
    dataBatches: batches.filter((pieces) => pieces.length > 0).length,
  };
}
