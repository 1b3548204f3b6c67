import {
  rowHeight,
  type ReportModel,
  type ReportSheet,
  type ReportValue,
  type TableBlock,
  type TextBlock,
} from "../engine";
import { excelText, excelValue, type ExcelValue } from "./excelValue";
import { jsonBytes } from "./jsonBytes";

/**
 * What one queued action adds to a request besides its data (object path, ids, names). Office.js
 * sends about 150–250 bytes; the estimate stays above that so the size budget holds.
 */
export const OP_BYTES = 300;

/** The actions a piece of a block costs before its rows: the range, its values, its formats. */
const PIECE_OPS = 3;

/** The cells of one block of a report sheet, ready to be written in slices of rows. */
export interface Grid {
  /** Index of the sheet in the model. */
  readonly sheet: number;
  /** 0-based top-left cell. */
  readonly row: number;
  readonly col: number;
  readonly width: number;
  readonly values: readonly (readonly ExcelValue[])[];
  /** Number format codes per cell, `null` for General; `null` when the whole block is General. */
  readonly formats: readonly (readonly (string | null)[])[] | null;
  /** Height of each row in points, `null` to leave the row as it is. */
  readonly heights: readonly (number | null)[];
  /** Request bytes of each row: its values and formats as JSON. */
  readonly rowBytes: readonly number[];
}

/** Rows `from`…`to − 1` of a grid, written with one range assignment. */
export interface Piece {
  readonly grid: Grid;
  readonly from: number;
  readonly to: number;
  /** Estimated request bytes of the piece with its actions. */
  readonly bytes: number;
}

function tableGrid(
  sheet: ReportSheet,
  sheetIndex: number,
  block: TableBlock,
  cellFormats: Map<string, string>,
): Grid {
  const widthOf = (c: number) => sheet.columnWidths[block.col + c] ?? 10;
  const wrap = [...new Set(block.wrap ?? [])];
  const source: { values: readonly ReportValue[]; header: boolean }[] = [
    { values: block.header, header: true },
    ...block.rows.map((values) => ({ values, header: false })),
    ...(block.total ? [{ values: block.total, header: false }] : []),
  ];
  const width = source.reduce((w, r) => Math.max(w, r.values.length), 0);
  // Rows share one array of column formats unless a single-cell format falls in them.
  const columns = Array.from({ length: width }, (_, c) => block.formats?.[c] || null);
  const general = new Array<string | null>(width).fill(null);
  let anyFormat = columns.some((code) => code !== null);
  const values: ExcelValue[][] = [];
  const formats: (string | null)[][] = [];
  const heights: number[] = [];
  source.forEach(({ values: row, header }, i) => {
    const r = block.row + i;
    const cells: ExcelValue[] = [];
    let codes = header ? general : columns;
    for (let c = 0; c < width; c++) {
      cells.push(excelValue(row[c] ?? null));
      const single = cellFormats.size > 0 ? cellFormats.get(`${r},${block.col + c}`) : undefined;
      if (single) {
        if (codes === columns || codes === general) codes = [...codes];
        codes[c] = single;
        anyFormat = true;
      }
    }
    values.push(cells);
    formats.push(codes);
    // The CLI's estimate: every header cell in bold; in data rows only the wrapping columns.
    const texts = header
      ? block.header.map((text, c) => ({ text, width: widthOf(c) }))
      : wrap.map((c) => ({
          text: typeof row[c] === "string" ? (row[c] as string) : "",
          width: widthOf(c),
        }));
    heights.push(rowHeight(texts, header));
  });
  return finishGrid(
    sheetIndex,
    block.row,
    block.col,
    width,
    values,
    anyFormat ? formats : null,
    heights,
  );
}

function textGrid(
  sheet: ReportSheet,
  sheetIndex: number,
  block: TextBlock,
  cellFormats: Map<string, string>,
): Grid {
  const width = sheet.columnWidths[block.col] ?? 10;
  const values = block.lines.map((line) => [excelText(line)]);
  const formats = block.lines.map((_, i) => [
    cellFormats.get(`${block.row + i},${block.col}`) ?? null,
  ]);
  const heights = block.lines.map((line) =>
    block.style === "wrap" ? rowHeight([{ text: line, width }]) : null,
  );
  const anyFormat = formats.some(([code]) => code !== null);
  return finishGrid(
    sheetIndex,
    block.row,
    block.col,
    1,
    values,
    anyFormat ? formats : null,
    heights,
  );
}

function finishGrid(
  sheet: number,
  row: number,
  col: number,
  width: number,
  values: ExcelValue[][],
  formats: (string | null)[][] | null,
  heights: (number | null)[],
): Grid {
  const formatBytes = new Map<readonly (string | null)[], number>(); // rows share format arrays
  const bytesOf = (codes: readonly (string | null)[]) => {
    let bytes = formatBytes.get(codes);
    if (bytes === undefined) formatBytes.set(codes, (bytes = jsonBytes(codes) + 1));
    return bytes;
  };
  const rowBytes = values.map(
    (cells, i) => jsonBytes(cells) + 1 + (formats ? bytesOf(formats[i]) : 0),
  );
  return { sheet, row, col, width, values, formats, heights, rowBytes };
}

/** The cell formats of a sheet by `row,col`; the last one given for a cell wins, as in the CLI. */
function cellFormatMap(sheet: ReportSheet): Map<string, string> {
  return new Map((sheet.cellFormats ?? []).map((f) => [`${f.row},${f.col}`, f.format]));
}

/**
 * The cells of every block of the report, sheet by sheet, as Office.js will receive them: text
 * protected from being read as formulas, dates as serials, number formats per cell (the sheet's
 * single-cell formats folded in), and row heights estimated as the CLI does.
 *
 * @returns The grids in the order the CLI writes them, and the single-cell formats that fall
 *   outside every block (written on their own).
 */
export function planGrids(model: ReportModel): {
  grids: Grid[];
  looseFormats: { sheet: number; row: number; col: number; format: string }[];
} {
  const grids: Grid[] = [];
  const looseFormats: { sheet: number; row: number; col: number; format: string }[] = [];
  model.sheets.forEach((sheet, s) => {
    const formats = cellFormatMap(sheet);
    const sheetGrids = sheet.blocks.map((block) =>
      block.kind === "table"
        ? tableGrid(sheet, s, block, formats)
        : textGrid(sheet, s, block, formats),
    );
    grids.push(...sheetGrids);
    for (const [key, format] of formats) {
      const [row, col] = key.split(",").map(Number);
      const inside = sheetGrids.some(
        (g) =>
          row >= g.row && row < g.row + g.values.length && col >= g.col && col < g.col + g.width,
      );
      if (!inside) looseFormats.push({ sheet: s, row, col, format });
    }
  });
  return { grids, looseFormats };
}

/**
 * Packs the grids, in order, into batches of at most `budget` request bytes, cutting a grid
 * between rows where it does not fit. Each batch becomes one `context.sync()`.
 *
 * @param grids The report's cells, from {@link planGrids}.
 * @param budget Bytes one request may carry.
 * @param firstBatchBytes Bytes already taken in the first batch (the sheets' layout).
 * @returns The pieces of each batch; the first batch may hold no piece.
 * @throws Error when one row alone exceeds the budget (a report row is far smaller).
 */
export function packBatches(
  grids: readonly Grid[],
  budget: number,
  firstBatchBytes: number,
): Piece[][] {
  const batches: Piece[][] = [[]];
  let used = firstBatchBytes;
  for (const grid of grids) {
    let from = 0;
    while (from < grid.values.length) {
      let bytes = PIECE_OPS * OP_BYTES;
      let to = from;
      while (to < grid.values.length) {
        const height = grid.heights[to];
        const newRun = height !== null && (to === from || height !== grid.heights[to - 1]);
        const cost = grid.rowBytes[to] + (newRun ? 2 * OP_BYTES : 0);
        if (used + bytes + cost > budget) break;
        bytes += cost;
        to++;
      }
      if (to === from) {
        const current = batches[batches.length - 1];
        if (current.length === 0 && batches.length > 1) {
          throw new Error(
            `A report row of ${grid.rowBytes[from]} bytes exceeds the request budget`,
          );
        }
        batches.push([]);
        used = 0;
        continue;
      }
      batches[batches.length - 1].push({ grid, from, to, bytes });
      used += bytes;
      from = to;
    }
  }
  return batches;
}

/**
 * A generous estimate of the request bytes that creating and laying out one sheet takes:
 * the sheet itself, column widths, frozen rows, print settings, page breaks and block styles.
 */
export function layoutBytes(sheet: ReportSheet): number {
  const tables = sheet.blocks.filter((b) => b.kind === "table").length;
  const texts = sheet.blocks.length - tables;
  const ops =
    16 +
    2 * sheet.columnWidths.length +
    2 * (sheet.pageBreaks?.length ?? 0) +
    40 * tables +
    8 * texts;
  return 2 * ops * OP_BYTES;
}
