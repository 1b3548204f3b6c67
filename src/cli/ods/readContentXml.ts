import { PackedRows, type CellValue, type SharedCells, type SheetInput } from "../../engine";
import { SLICE_BYTES } from "../xlsx/readSheetXml";
import { attributesOf, decodeXml, UnsupportedWorkbook } from "../xlsx/xmlText";

// A start tag's attributes may hold `>` inside quotes (a formula `of:=[.A1]>0`).
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
// The XML is decoded a slice of rows at a time, each slice ending after a row, as for .xlsx.
const ROW_END = Buffer.from("</table:table-row>");
// A sheet of LibreOffice Calc or Excel has no more rows and columns than these: the empty rows
// and cells repeated up to them to fill a sheet cost nothing.
const MOST_ROWS = 1_048_576;
const MOST_COLUMNS = 16_384;
// A cell of Excel holds no more characters than this.
const MOST_CELL_CHARACTERS = 32_767;
// More merged cells than this are not filled (a sheet merged whole would not fit anyway).
const MAX_MERGED_CELLS = 1_000_000;
// An Excel serial 0: the day a time of day alone falls on, as a time cell of .xlsx gives it.
const DAY_ZERO = Date.UTC(1899, 11, 30);

/** A merged range, its first cell's value to be given to the others. */
interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly value: CellValue;
}

/** The cell being read: its attributes, how many columns it stands for, its paragraphs. */
interface OpenCell {
  readonly attributes: ReadonlyMap<string, string>;
  readonly repeat: number;
  readonly covered: boolean;
  readonly paragraphs: string[];
}

/**
 * The sheets of an OpenDocument spreadsheet's `content.xml`, each cell the value an .xlsx cell
 * of the same type gives: percentages as percent cells, dates and times as dates, merged cells
 * with their first cell's value, texts of several paragraphs joined by line breaks.
 *
 * @param sliceBytes How much XML to decode at a time.
 * @throws UnsupportedWorkbook for XML this reader does not follow (CDATA, unknown references).
 */
export function readContentXml(
  xml: Buffer,
  shared: SharedCells,
  sliceBytes = SLICE_BYTES,
): SheetInput[] {
  const reader = new ContentReader(shared);
  for (let from = 0; from < xml.length;) {
    let to = xml.lastIndexOf(ROW_END, from + sliceBytes) + ROW_END.length;
    if (to <= from) to = xml.indexOf(ROW_END, from) + ROW_END.length;
    if (to < ROW_END.length) to = xml.length;
    const slice = xml.toString("utf8", from, to);
    if (slice.includes("<![CDATA[")) throw new UnsupportedWorkbook("CDATA");
    reader.read(slice);
    from = to;
  }
  return reader.sheets;
}

class ContentReader {
  readonly sheets: SheetInput[] = [];
  private sheet: { name: string; rows: CellValue[][]; merges: Merge[]; merged: number } | null =
    null;
  private row = 0;
  private rowRepeat = 1;
  private cells: CellValue[] | null = null;
  private col = 0;
  private cell: OpenCell | null = null;
  private paragraph: string | null = null;
  // Inside a comment (office:annotation): its paragraphs are not the cell's text.
  private inAnnotation = 0;

  constructor(private readonly shared: SharedCells) {}

  read(xml: string): void {
    TAG.lastIndex = 0;
    let textFrom = 0;
    for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
      const [, slash, name, attributes, selfClosing] = match;
      if (this.paragraph !== null && this.inAnnotation === 0 && match.index > textFrom)
        // ODF reads a run of white space in a paragraph as one space; more are `<text:s/>`.
        this.paragraph += decodeXml(xml.slice(textFrom, match.index).replace(/[ \t\r\n]+/g, " "));
      textFrom = TAG.lastIndex;
      const closing = slash === "/";
      const empty = selfClosing === "/";
      if (name === "office:annotation") {
        if (closing) this.inAnnotation--;
        else if (!empty) this.inAnnotation++;
        continue;
      }
      if (this.inAnnotation > 0) continue;
      switch (name) {
        case "table:table":
          if (closing) this.endSheet();
          else this.startSheet(attributes, empty);
          break;
        case "table:table-row":
          if (closing) this.endRow();
          else this.startRow(attributes, empty);
          break;
        case "table:table-cell":
        case "table:covered-table-cell":
          if (closing) this.endCell();
          else this.startCell(attributes, name === "table:covered-table-cell", empty);
          break;
        case "text:p":
        case "text:h":
          if (this.cell === null) break;
          if (!closing) this.paragraph = "";
          if (closing || empty) {
            this.cell.paragraphs.push(this.paragraph ?? "");
            this.paragraph = null;
          }
          break;
        case "text:s":
          if (this.paragraph !== null && !closing) {
            const spaces = positiveCount(attributesOf(attributes).get("text:c"));
            this.paragraph += " ".repeat(Math.min(spaces, MOST_CELL_CHARACTERS));
          }
          break;
        case "text:tab":
          if (this.paragraph !== null && !closing) this.paragraph += "\t";
          break;
        case "text:line-break":
          if (this.paragraph !== null && !closing) this.paragraph += "\n";
          break;
      }
    }
  }

  private startSheet(attributes: string, empty: boolean): void {
    const name = attributesOf(attributes).get("table:name") ?? `Лист${this.sheets.length + 1}`;
    this.sheet = { name, rows: [], merges: [], merged: 0 };
    this.row = 0;
    if (empty) this.endSheet();
  }

  private endSheet(): void {
    const sheet = this.sheet;
    if (sheet === null) return;
    for (const m of sheet.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) (sheet.rows[r] ??= [])[c] = m.value;
    // Packed for the engine: a long sheet's array per row is most of its memory.
    this.sheets.push({ name: sheet.name, rows: PackedRows.from(sheet.rows) });
    this.sheet = null;
  }

  private startRow(attributes: string, empty: boolean): void {
    const repeat =
      attributes === ""
        ? 1
        : positiveCount(attributesOf(attributes).get("table:number-rows-repeated"));
    this.rowRepeat = Math.min(repeat, MOST_ROWS - this.row);
    this.cells = [];
    this.col = 0;
    if (empty) this.endRow();
  }

  private endRow(): void {
    const { sheet, cells } = this;
    if (sheet === null || cells === null) return;
    // Rows of no value (the trailing ones repeated to the sheet's end) only move the row on.
    if (cells.length > 0)
      for (let k = 0; k < this.rowRepeat; k++)
        sheet.rows[this.row + k] = k === 0 ? cells : cells.slice();
    this.row += this.rowRepeat;
    this.cells = null;
  }

  private startCell(attributes: string, covered: boolean, empty: boolean): void {
    const parsed = attributes === "" ? new Map<string, string>() : attributesOf(attributes);
    const repeat = positiveCount(parsed.get("table:number-columns-repeated"));
    this.cell = { attributes: parsed, repeat, covered, paragraphs: [] };
    if (empty) this.endCell();
  }

  private endCell(): void {
    const { cell, cells, sheet } = this;
    if (cell === null || cells === null || sheet === null) return;
    this.cell = null;
    this.paragraph = null;
    const value = cell.covered ? null : cellValue(cell, this.shared);
    const end = Math.min(this.col + cell.repeat, MOST_COLUMNS);
    if (value !== null) for (let c = this.col; c < end; c++) cells[c] = value;
    const rows = positiveCount(cell.attributes.get("table:number-rows-spanned"));
    const columns = positiveCount(cell.attributes.get("table:number-columns-spanned"));
    sheet.merged += rows * columns;
    if (value !== null && rows * columns > 1 && sheet.merged <= MAX_MERGED_CELLS)
      sheet.merges.push({
        top: this.row,
        left: this.col,
        bottom: Math.min(this.row + rows, MOST_ROWS) - 1,
        right: Math.min(this.col + columns, MOST_COLUMNS) - 1,
        value,
      });
    this.col = end;
  }
}

/** A repeat or span count: 1 when absent or not a positive whole number. */
function positiveCount(text: string | undefined): number {
  const value = Number(text ?? 1);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/** A cell's value by its `office:value-type`; its text when it has no type. */
function cellValue(cell: OpenCell, shared: SharedCells): CellValue {
  const get = (name: string) => cell.attributes.get(name);
  const text = cell.paragraphs.join("\n");
  // LibreOffice marks a formula's error so; its text is the error as shown (#DIV/0!, Err:502).
  if (get("calcext:value-type") === "error") return { error: text };
  const number = Number(get("office:value") ?? NaN);
  switch (get("office:value-type")) {
    case "float":
    case "currency":
      return Number.isFinite(number) ? number : text || null;
    case "percentage":
      return Number.isFinite(number) ? shared.percent(number) : text || null;
    case "date": {
      const date = odsDate(get("office:date-value") ?? "");
      return date === null ? text || null : shared.date(date);
    }
    case "time": {
      const time = odsTime(get("office:time-value") ?? "");
      return time === null ? text || null : shared.date(time);
    }
    case "boolean":
      return get("office:boolean-value") === "true";
    case "string":
      return get("office:string-value") ?? text;
    default:
      return text === "" ? null : text;
  }
}

const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?/;

/** `2022-03-31` or `2022-03-31T10:15:00` as the UTC moment an .xlsx date cell gives. */
function odsDate(value: string): Date | null {
  const m = DATE_VALUE.exec(value);
  if (m === null) return null;
  const [year, month, day, hours, minutes] = m.slice(1, 6).map((part) => Number(part ?? 0));
  const ms = Math.round(Number(m[6] ?? 0) * 1000);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes) + ms);
}

const TIME_VALUE = /^PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S$/;

/** `PT10H15M00S` as the moment an .xlsx time cell gives: that time on 30.12.1899. */
function odsTime(value: string): Date | null {
  const m = TIME_VALUE.exec(value);
  if (m === null) return null;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return new Date(DAY_ZERO + Math.round(seconds * 1000));
}
