import ExcelJS from "exceljs";
import {
  cellText,
  PALETTE,
  rowHeight,
  type Block,
  ConditionalFormat,
  ReportModel,
  ReportSheet,
  ReportValue,
  TableBlock,
  TextBlock,
} from "../engine";
import { encodeEscapes } from "./xlsx/xmlText";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: PALETTE.header },
};
const TOTAL_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: PALETTE.total },
};
const THIN_LINE: Partial<ExcelJS.Border> = { style: "thin", color: { argb: PALETTE.border } };
const THIN: Partial<ExcelJS.Borders> = {
  top: THIN_LINE,
  left: THIN_LINE,
  bottom: THIN_LINE,
  right: THIN_LINE,
};

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: HEADER_FILL,
  border: THIN,
  alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
};

/**
 * The styles of table cells, one object per kind shared by all its cells: ExcelJS writes a
 * style it has seen as an object once, but works out each other cell's style from scratch, and
 * that was most of the time a long report took to write. A shared style is never changed in
 * place: a cell that needs another style gets another object.
 */
class TableStyles {
  private readonly known = new Map<string, Partial<ExcelJS.Style>>();

  of(format: string | null | undefined, wrap: boolean, total: boolean): Partial<ExcelJS.Style> {
    const key = `${format ?? ""}|${wrap}|${total}`;
    let style = this.known.get(key);
    if (style === undefined) {
      style = {
        ...(format ? { numFmt: format } : {}),
        border: THIN,
        alignment: { wrapText: wrap, vertical: "top" },
        ...(total ? { font: { bold: true }, fill: TOTAL_FILL } : {}),
      };
      this.known.set(key, style);
    }
    return style;
  }
}

/**
 * A report value as ExcelJS stores it. Strings stay strings, so `=…` is never a formula; they
 * fit a cell and a literal `_x0001_` in them is escaped, which ExcelJS does not do.
 */
function cellValue(value: ReportValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return new Date(value.date + "T00:00:00Z");
  return typeof value === "string" ? encodeEscapes(cellText(value)) : value;
}

function writeText(ws: ExcelJS.Worksheet, block: TextBlock, widths: readonly number[]): void {
  block.lines.forEach((line, i) => {
    const cell = ws.getCell(block.row + i + 1, block.col + 1);
    cell.value = cellValue(line);
    if (block.style === "wrap") {
      cell.alignment = { wrapText: true, vertical: "top" };
      ws.getRow(block.row + i + 1).height = rowHeight([
        { text: line, width: widths[block.col] ?? 10 },
      ]);
    }
    if (block.style === "title") cell.font = { bold: true, size: 14 };
    if (block.style === "subtitle" || block.style === "note")
      cell.font = { italic: true, color: { argb: PALETTE.note } };
  });
}

function writeTable(
  ws: ExcelJS.Worksheet,
  block: TableBlock,
  widths: readonly number[],
  styles: TableStyles,
): void {
  const wrap = new Set(block.wrap ?? []);
  const width = (c: number) => widths[block.col + c] ?? 10;
  const header = ws.getRow(block.row + 1);
  header.height = rowHeight(
    block.header.map((text, c) => ({ text, width: width(c) })),
    true,
  );
  block.header.forEach((text, c) => {
    const cell = header.getCell(block.col + c + 1);
    cell.value = cellValue(text);
    cell.style = HEADER_STYLE;
  });
  const write = (values: readonly ReportValue[], r: number, total: boolean) => {
    const row = ws.getRow(r + 1);
    const texts = [...wrap].map((c) => ({
      text: typeof values[c] === "string" ? (values[c] as string) : "",
      width: width(c),
    }));
    row.height = rowHeight(texts);
    values.forEach((value, c) => {
      const cell = row.getCell(block.col + c + 1);
      cell.value = cellValue(value);
      cell.style = styles.of(block.formats?.[c], wrap.has(c), total);
    });
  };
  block.rows.forEach((values, i) => write(values, block.row + 1 + i, false));
  if (block.total) write(block.total, block.row + 1 + block.rows.length, true);
}

function writeBlock(
  ws: ExcelJS.Worksheet,
  block: Block,
  widths: readonly number[],
  styles: TableStyles,
): void {
  if (block.kind === "table") writeTable(ws, block, widths, styles);
  else writeText(ws, block, widths);
}

function conditionalFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat): void {
  if (format.kind === "dataBar") {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 },
          ],
          color: { argb: format.color },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  } else {
    // An expression rule: LibreOffice ignores ExcelJS's containsText rules, Excel reads both.
    const firstCell = format.range.split(":")[0];
    const fill: ExcelJS.Fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: format.fill },
      bgColor: { argb: format.fill },
    };
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [`NOT(ISERROR(SEARCH("${format.text}",${firstCell})))`],
          style: { fill },
        },
      ],
    });
  }
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet, styles: TableStyles): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.freezeRows > 0 ? [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: sheet.print.titleRows,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const block of sheet.blocks) writeBlock(ws, block, sheet.columnWidths, styles);
  for (const { row, col, format } of sheet.cellFormats ?? []) {
    const cell = ws.getCell(row + 1, col + 1);
    cell.style = { ...cell.style, numFmt: format }; // a copy: the cell's style may be shared
  }
  for (const format of sheet.conditionalFormats) conditionalFormat(ws, format);
  // ExcelJS puts a break after the row it is given: the row above the one that starts a page.
  for (const row of sheet.pageBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
}

/** Renders the report model into a new ExcelJS workbook, sheet by sheet. */
export function renderXlsx(model: ReportModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ШНОР Монитор";
  const styles = new TableStyles();
  for (const sheet of model.sheets) renderSheet(workbook, sheet, styles);
  return workbook;
}
