import {
  PackedRows,
  SharedCells,
  type CellValue,
  type SheetInput,
  type WorkbookInput,
} from "../engine";
import { splitReference } from "./a1Address";
import { excelApiSupported } from "./excelApiSupported";
import { ownSheetIds, parseRecord, REPORT_RECORD_KEY, REPORT_TAG_KEY } from "./ownSheets";

/** An Excel Table (ListObject) of the workbook, for the pane's list of tables. */
export interface ExcelTableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Address on its sheet, e.g. `A1:L23`. */
  readonly address: string;
  /** 0-based top-left cell and size, header row included. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** The workbook as the engine reads it, and what the pane shows besides. */
export interface WorkbookRead {
  /** Every sheet but the add-in's own report sheets. */
  readonly workbook: WorkbookInput;
  readonly tables: readonly ExcelTableInfo[];
  /** Names of the report sheets the add-in wrote, left out of `workbook`. */
  readonly reportSheets: readonly string[];
  /** `context.sync()` calls the read took: 2, more only when Excel refused one big answer. */
  readonly syncs: number;
}

/** The contents of a used range as Office.js returns them. */
interface Contents {
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** Cells one request may bring back when a sheet is read in slices (about 80 bytes a cell). */
const CELLS_PER_SLICE = 50_000;

/**
 * One cell for the engine: percent-formatted numbers become `{percent}`, errors `{error}`,
 * empty cells `null`; dates stay serial numbers, which the engine reads as dates.
 */
function toCellValue(
  value: unknown,
  type: string,
  numberFormat: unknown,
  shared: SharedCells,
): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number") {
    return typeof numberFormat === "string" && numberFormat.includes("%")
      ? shared.percent(value)
      : value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function sheetInput(name: string, contents: readonly Contents[], shared: SharedCells): SheetInput {
  const rows: CellValue[][] = [];
  for (const { values, numberFormat, valueTypes, rowIndex, columnIndex } of contents) {
    values.forEach((cells, r) => {
      const row: CellValue[] = new Array(columnIndex).fill(null);
      cells.forEach((value, c) =>
        row.push(toCellValue(value, valueTypes[r][c], numberFormat[r][c], shared)),
      );
      rows[rowIndex + r] = row;
    });
  }
  // Packed for the engine: a long sheet's array per row is most of its memory.
  return { name, rows: PackedRows.from(rows) };
}

function isPayloadLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/.test(code);
}

const CONTENTS = "values,numberFormat,valueTypes,rowIndex,columnIndex";

/**
 * Reads a block of rows; when Excel refuses the answer as too large, the halves are read apart.
 * Used only after the one-batch read was refused: each slice then needs a sync of its own, as
 * every answer must stay under the limit.
 */
async function readRows(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  block: { row: number; col: number; rows: number; cols: number },
  counter: { syncs: number },
): Promise<Contents[]> {
  const range = ws.getRangeByIndexes(block.row, block.col, block.rows, block.cols).load(CONTENTS);
  try {
    counter.syncs++;
    await context.sync();
    return [range];
  } catch (error) {
    if (!isPayloadLimit(error) || block.rows === 1) throw error;
    const half = Math.ceil(block.rows / 2);
    const top = await readRows(context, ws, { ...block, rows: half }, counter);
    const rest = { ...block, row: block.row + half, rows: block.rows - half };
    return [...top, ...(await readRows(context, ws, rest, counter))];
  }
}

/** Reads used ranges in slices of rows, for workbooks too large for one answer. */
async function readInSlices(
  context: Excel.RequestContext,
  used: readonly (Excel.Range | null)[],
  sheets: readonly Excel.Worksheet[],
  counter: { syncs: number },
): Promise<Contents[][]> {
  const contents: Contents[][] = [];
  for (let s = 0; s < sheets.length; s++) {
    const range = used[s];
    const parts: Contents[] = [];
    if (range !== null && !range.isNullObject) {
      const step = Math.max(1, Math.floor(CELLS_PER_SLICE / range.columnCount));
      for (let first = 0; first < range.rowCount; first += step) {
        const block = {
          row: range.rowIndex + first,
          col: range.columnIndex,
          rows: Math.min(step, range.rowCount - first),
          cols: range.columnCount,
        };
        parts.push(...(await readRows(context, sheets[s], block, counter)));
      }
    }
    contents.push(parts);
  }
  return contents;
}

/** Queues what the pane needs besides the cells: report tags of the sheets and the tables. */
function queueSideFacts(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]) {
  const tagged = excelApiSupported("1.12");
  const tags = sheets.map((ws) =>
    tagged ? ws.customProperties.getItemOrNullObject(REPORT_TAG_KEY).load("value") : null,
  );
  const tables = context.workbook.tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address,rowIndex,columnIndex,rowCount,columnCount"),
  }));
  return {
    own: () =>
      ownSheetIds(
        sheets.map((ws, i) => {
          const tag = tags[i];
          return {
            id: ws.id,
            name: ws.name,
            tag: tag && !tag.isNullObject ? String(tag.value) : null,
          };
        }),
        null,
      ),
    tables: (): ExcelTableInfo[] =>
      tables.map(({ name, sheet, range }) => ({
        name,
        sheet: sheet.name,
        address: splitReference(range.address).address,
        row: range.rowIndex,
        col: range.columnIndex,
        rows: range.rowCount,
        cols: range.columnCount,
      })),
  };
}

/**
 * Reads the whole workbook for the engine in two syncs: the list of sheets, tables and the
 * record of report sheets, then every sheet's used range (values, number formats and value
 * types) in one batch. No cell is read on its own. The add-in's own report sheets are left out,
 * so that a report is never read back as data.
 *
 * When Excel refuses the one-batch answer as too large (Excel on the web limits an answer to
 * 5 MB, some 60 000 cells), the sheets are read again in slices of rows, a sync each.
 *
 * @param context The request context of an `Excel.run`.
 * @returns The workbook for `analyze`, the Excel Tables, and the report sheets left out.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const counter = { syncs: 1 };
  const worksheets = context.workbook.worksheets.load("items/id,items/name");
  context.workbook.tables.load("items/name");
  const record = context.workbook.settings.getItemOrNullObject(REPORT_RECORD_KEY).load("value");
  await context.sync();

  const recorded = new Set(
    parseRecord(record.isNullObject ? null : record.value).sheets.map((s) => s.id),
  );
  const candidates = worksheets.items.filter((ws) => !recorded.has(ws.id));
  let facts = queueSideFacts(context, candidates);
  let used = candidates.map((ws) => ws.getUsedRangeOrNullObject(true).load(CONTENTS));
  let contents: Contents[][];
  try {
    counter.syncs++;
    await context.sync();
    contents = used.map((range) => (range.isNullObject ? [] : [range]));
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
    // Nothing of the refused batch arrived: the facts are queued again with the sizes only.
    facts = queueSideFacts(context, candidates);
    used = candidates.map((ws) =>
      ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
    );
    counter.syncs++;
    await context.sync();
    const own = facts.own(); // report sheets are not read at all
    const data = used.map((range, i) => (own.has(candidates[i].id) ? null : range));
    contents = await readInSlices(context, data, candidates, counter);
  }
  const own = facts.own();
  const shared = new SharedCells();
  return {
    workbook: {
      sheets: candidates.flatMap((ws, i) =>
        own.has(ws.id) ? [] : [sheetInput(ws.name, contents[i], shared)],
      ),
    },
    tables: facts.tables(),
    reportSheets: worksheets.items
      .filter((ws) => recorded.has(ws.id) || own.has(ws.id))
      .map((ws) => ws.name),
    syncs: counter.syncs,
  };
}
