import type ExcelJS from "exceljs";
import type { CellValue, SharedCells } from "../../engine";
import { toCellValue } from "../toCellValue";
import { cellReference, LAST_COLUMN } from "./cellReference";
import { DamagedWorkbook } from "./DamagedWorkbook";
import type { CellStyle, SharedString } from "./workbookParts";
import { decodeEscapes, decodeNamedAgain, decodeXml, UnsupportedWorkbook } from "./xmlText";

/** What every sheet of a workbook shares. */
export interface SheetContext {
  readonly strings: readonly SharedString[];
  /** By the index in a cell's `s`. */
  readonly styles: readonly CellStyle[];
  readonly shared: SharedCells;
}

// Sheet XML is decoded a slice of rows at a time: a country's sheet is longer than a string
// may be, and a slice ends after `</row>`, so that no character is cut.
export const SLICE_BYTES = 8 * 1024 * 1024;
const ROW_END = Buffer.from("</row>");
// More merged cells than this are left to ExcelJS, which refuses them before reading
// (checkPackage): a sheet merged whole would not fit.
export const MAX_MERGED_CELLS = 1_000_000;
const TAG = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g;
// The three attributes of `<c>` read; others (e.g. `xr:uid`) are passed over.
const CELL_ATTRIBUTE = /\s([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** One cell being read: its place, style, type and the texts of its parts. */
interface CellParts {
  row: number;
  col: number;
  style: number | undefined;
  type: string | undefined;
  value: string | undefined;
  formula: boolean;
  runs: { text: string }[] | null;
}

/**
 * The rows of one worksheet's XML, each cell the value ExcelJS's full reader gives it: formulas
 * by their cached result, dates by the cell's format, merged cells by their first cell's value.
 *
 * @throws UnsupportedWorkbook for what is left to ExcelJS (hyperlinks, namespaced tags, …).
 */
export function readSheetXml(
  xml: Buffer,
  context: SheetContext,
  sliceBytes = SLICE_BYTES,
): CellValue[][] {
  const rows: CellValue[][] = [];
  const dataStart = xml.indexOf("<sheetData");
  if (dataStart < 0) return rows;
  const dataEnd = xml.indexOf("</sheetData>", dataStart);
  if (dataEnd < 0) {
    // `<sheetData/>` has no rows; an unclosed one is a cut file.
    const tag = xml.toString("utf8", dataStart, xml.indexOf(">", dataStart) + 1);
    if (tag.endsWith("/>")) return rows;
    throw new UnsupportedWorkbook("sheetData");
  }
  const reader = new SheetReader(rows, context, mergedRanges(xml.toString("utf8", dataEnd)));
  for (let from = dataStart; from < dataEnd;) {
    let to = xml.lastIndexOf(ROW_END, Math.min(from + sliceBytes, dataEnd)) + ROW_END.length;
    if (to <= from) to = xml.indexOf(ROW_END, from) + ROW_END.length;
    if (to < ROW_END.length || to > dataEnd) to = dataEnd;
    const slice = xml.toString("utf8", from, to);
    if (slice.includes("<![CDATA[")) throw new UnsupportedWorkbook("CDATA");
    reader.read(slice);
    from = to;
  }
  reader.fillMerges();
  return rows;
}

/** A merged range: its first cell and its last, 0-based. */
interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function mergedRanges(tail: string): Merge[] {
  if (/<hyperlink[\s/>]/.test(tail)) throw new UnsupportedWorkbook("hyperlinks");
  const merges: Merge[] = [];
  let cells = 0;
  for (const match of tail.matchAll(/<mergeCell\s[^>]*?ref="([^":]*):([^"]*)"/g)) {
    const [first, last] = [cellOf(match[1]), cellOf(match[2])];
    const merge = { top: first.row, left: first.col, bottom: last.row, right: last.col };
    cells += (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (merge.bottom < merge.top || merge.right < merge.left || cells > MAX_MERGED_CELLS)
      throw new UnsupportedWorkbook("merge");
    if (merges.some((m) => overlaps(m, merge))) throw new UnsupportedWorkbook("merge");
    merges.push(merge);
  }
  return merges;
}

function overlaps(a: Merge, b: Merge): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The place of a cell reference the sheet gives: one beyond XFD1048576 would have the reader
 * allocate rows up to it, so the file is damaged.
 */
function cellOf(reference: string): { row: number; col: number } {
  const cell = cellReference(reference);
  if (cell === null) throw new DamagedWorkbook(beyondLastCell(reference));
  return cell;
}

/**
 * Why a file with a reference beyond the last cell of a sheet is damaged: the reference quoted
 * in at most 20 characters, a control character as «�», so that the message stays one line.
 */
export function beyondLastCell(reference: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const shown = reference.slice(0, 20).replace(/[\u0000-\u001f\u007f]/g, "\ufffd");
  return `файл повреждён: ссылка на ячейку «${shown}» за пределами листа Excel (последняя ячейка — XFD1048576)`;
}

class SheetReader {
  private cell: CellParts | null = null;
  private capture: "v" | "f" | "t" | "run" | null = null;
  private captureFrom = 0;
  private inRun = false;
  // Merged ranges: the values of their first cells and the styles of the others, by place.
  private readonly firstCells = new Map<number, ExcelJS.CellValue>();
  private readonly mergedStyles = new Map<number, number | undefined>();
  private readonly firstPlaces = new Set<number>();
  private readonly mergedPlaces = new Set<number>();

  constructor(
    private readonly rows: CellValue[][],
    private readonly context: SheetContext,
    private readonly merges: readonly Merge[],
  ) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          (r === m.top && c === m.left ? this.firstPlaces : this.mergedPlaces).add(place(r, c));
    }
  }

  read(xml: string): void {
    TAG.lastIndex = 0;
    for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
      const [, slash, name, attributes, selfClosing] = match;
      const closing = slash === "/";
      if (name === "c") {
        if (closing) this.finishCell();
        else this.startCell(attributes, selfClosing === "/");
        continue;
      }
      const cell = this.cell;
      if (cell === null) {
        if (name !== "row" && name !== "sheetData") throw new UnsupportedWorkbook(name);
        continue;
      }
      if (closing) {
        if (this.capture !== null && captureEnds(this.capture, name))
          this.endCapture(cell, xml.slice(this.captureFrom, match.index));
        if (name === "r") this.inRun = false;
        continue;
      }
      if (name === "v" || name === "f" || (name === "t" && !this.inRun)) {
        if (name === "f" && /\st=/.test(attributes)) cell.formula = true;
        if (selfClosing === "/") continue;
        this.capture = name;
        this.captureFrom = TAG.lastIndex;
      } else if (name === "t") {
        if (selfClosing !== "/") {
          this.capture = "run";
          this.captureFrom = TAG.lastIndex;
        }
      } else if (name === "r") {
        this.inRun = true;
        (cell.runs ??= []).push({ text: "" });
      } else if (name !== "is" && name !== "rPr" && !this.inRun) {
        throw new UnsupportedWorkbook(name);
      }
    }
  }

  private startCell(attributes: string, selfClosing: boolean): void {
    // A cell has few attributes and their values never need decoding: one pass, nothing kept.
    let r = "";
    let style: number | undefined;
    let type: string | undefined;
    CELL_ATTRIBUTE.lastIndex = 0;
    for (let m = CELL_ATTRIBUTE.exec(attributes); m !== null; m = CELL_ATTRIBUTE.exec(attributes)) {
      const value = m[2] ?? m[3];
      if (value.includes("&")) throw new UnsupportedWorkbook("cell attribute");
      if (m[1] === "r") r = value;
      else if (m[1] === "s") style = parseInt(value, 10);
      else type = value;
    }
    // A cell may leave its place to its order in the row: that is left to ExcelJS.
    if (r === "") throw new UnsupportedWorkbook("cell address");
    const { row, col } = cellOf(r);
    this.cell = {
      row,
      col,
      style,
      type,
      value: undefined,
      formula: false,
      runs: null,
    };
    if (selfClosing) this.finishCell();
  }

  private endCapture(cell: CellParts, raw: string): void {
    const text = decodeXml(raw);
    if (this.capture === "f") {
      if (text !== "") cell.formula = true;
    } else if (this.capture === "run") {
      const runs = cell.runs!;
      runs[runs.length - 1].text += decodeEscapes(text);
    } else if (text !== "") {
      // ExcelJS joins the texts of a cell's `<v>` and `<t>` elements.
      cell.value = (cell.value ?? "") + text;
    }
    this.capture = null;
  }

  private finishCell(): void {
    const cell = this.cell;
    this.cell = null;
    if (cell === null) return;
    const key = place(cell.row, cell.col);
    if (this.mergedPlaces.has(key)) {
      this.mergedStyles.set(key, cell.style);
      return;
    }
    const value = excelValue(cell, this.context);
    if (this.firstPlaces.has(key)) this.firstCells.set(key, value ?? null);
    if (value === undefined) return; // an empty cell with a style: ExcelJS skips it
    this.put(cell.row, cell.col, value, cell.style);
  }

  private put(row: number, col: number, value: ExcelJS.CellValue, style: number | undefined) {
    const format = styleOf(style, this.context)?.format;
    (this.rows[row] ??= [])[col] = toCellValue(value, format, this.context.shared);
  }

  /** Every merged cell but the first takes the first one's value, in its own number format. */
  fillMerges(): void {
    for (const m of this.merges) {
      const first = this.firstCells.get(place(m.top, m.left)) ?? null;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          this.put(r, c, first, this.mergedStyles.get(place(r, c)));
        }
    }
  }
}

/** A cell's style as ExcelJS applies it: none for style 0 or one the styles part lacks. */
function styleOf(style: number | undefined, context: SheetContext): CellStyle | undefined {
  return style ? context.styles[style] : undefined;
}

/** A cell's place as one number: columns stop at XFD. */
function place(row: number, col: number): number {
  return row * LAST_COLUMN + col;
}

function captureEnds(capture: "v" | "f" | "t" | "run", name: string): boolean {
  return capture === "run" ? name === "t" : capture === name;
}

/**
 * The value ExcelJS gives a cell (cell-xform's parseClose and reconcile): undefined for an empty
 * cell with a style, which it leaves out.
 */
function excelValue(cell: CellParts, context: SheetContext): ExcelJS.CellValue | undefined {
  const isDate = styleOf(cell.style, context)?.isDate === true;
  const { type, value } = cell;
  if (cell.runs !== null && value !== undefined) throw new UnsupportedWorkbook("mixed text");
  if (cell.formula) {
    let result: unknown = undefined;
    if (value !== undefined) {
      if (type === "str") result = decodeNamedAgain(value);
      else if (type === "b") result = parseInt(value, 10) !== 0;
      else if (type === "e") result = { error: value };
      else result = numberOrText(value, isDate);
    }
    return { formula: "", result } as ExcelJS.CellValue;
  }
  if (cell.runs !== null) {
    if (type !== "inlineStr") throw new UnsupportedWorkbook("runs");
    return { richText: cell.runs } as ExcelJS.CellValue;
  }
  if (value === undefined) {
    if (cell.style === undefined) throw new UnsupportedWorkbook("bare cell");
    return undefined;
  }
  switch (type) {
    case "s": {
      const text = context.strings[parseInt(value, 10)];
      if (text === undefined) throw new UnsupportedWorkbook("shared string index");
      return text as ExcelJS.CellValue;
    }
    case "str":
      return decodeNamedAgain(value);
    case "inlineStr":
      return value;
    case "b":
      return parseInt(value, 10) !== 0;
    case "e":
      return { error: value } as ExcelJS.CellValue;
    default:
      return numberOrText(value, isDate);
  }
}

/**
 * A number cell's value as ExcelJS reads it, a date when its format is one; what is no number,
 * or no date, stays as the cell holds it, so that a message quotes the cell's text and never
 * «NaN» or «Invalid Date».
 */
function numberOrText(text: string, isDate: boolean): ExcelJS.CellValue {
  const number = parseFloat(text);
  if (!Number.isFinite(number)) return text;
  if (!isDate) return number;
  const date = excelDate(number);
  return Number.isNaN(date.getTime()) ? number : date;
}

/** An Excel serial as ExcelJS turns it into a date (1900 system). */
function excelDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 24 * 3600 * 1000));
}
