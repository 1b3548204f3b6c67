import {
  columnLetter,
  PALETTE,
  type ReportSheet,
  type TableBlock,
  type TextBlock,
} from "../engine";
import { a1Address } from "./a1Address";
import { cssColor } from "./cssColor";

/** Print margins of the CLI's sheets, in inches. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };

/**
 * A column width in points from the report's width in characters (Excel's stored width, as
 * ExcelJS writes it): 7 pixels a character of Calibri 11, ¾ point a pixel.
 */
export function columnPoints(characters: number): number {
  return Math.floor(characters * 7 + 0.49) * 0.75;
}

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function styleTable(ws: Excel.Worksheet, block: TableBlock): void {
  const width = block.header.length;
  const bodyRows = block.rows.length + (block.total ? 1 : 0);
  const header = ws.getRangeByIndexes(block.row, block.col, 1, width).format;
  header.font.bold = true;
  header.fill.color = cssColor(PALETTE.header);
  header.wrapText = true;
  header.verticalAlignment = "Center";
  header.horizontalAlignment = "Center";
  const whole = ws.getRangeByIndexes(block.row, block.col, 1 + bodyRows, width).format.borders;
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (bodyRows > 0) edges.push("InsideHorizontal");
  if (width > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = whole.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = cssColor(PALETTE.border);
  }
  if (bodyRows === 0) return;
  ws.getRangeByIndexes(block.row + 1, block.col, bodyRows, width).format.verticalAlignment = "Top";
  for (const c of new Set(block.wrap ?? [])) {
    ws.getRangeByIndexes(block.row + 1, block.col + c, bodyRows, 1).format.wrapText = true;
  }
  if (block.total) {
    const total = ws.getRangeByIndexes(
      block.row + 1 + block.rows.length,
      block.col,
      1,
      width,
    ).format;
    total.font.bold = true;
    total.fill.color = cssColor(PALETTE.total);
  }
}

function styleText(ws: Excel.Worksheet, block: TextBlock): void {
  if (block.lines.length === 0) return;
  const format = ws.getRangeByIndexes(block.row, block.col, block.lines.length, 1).format;
  if (block.style === "title") {
    format.font.bold = true;
    format.font.size = 14;
  } else if (block.style === "subtitle" || block.style === "note") {
    format.font.italic = true;
    format.font.color = cssColor(PALETTE.note);
  } else if (block.style === "wrap") {
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
}

/**
 * Queues the layout of a new report sheet: column widths, frozen rows, the styles of its blocks
 * (bold shaded headers, borders, wrapping, totals, titles), A4 print settings and page breaks.
 * Nothing is read back, so it costs no sync of its own.
 *
 * @param ws The new, empty worksheet.
 * @param sheet The sheet of the report model.
 * @param printLayout Whether the page layout API (ExcelApi 1.9) is available.
 */
export function queueSheetLayout(
  ws: Excel.Worksheet,
  sheet: ReportSheet,
  printLayout: boolean,
): void {
  sheet.columnWidths.forEach((width, i) => {
    const letter = columnLetter(i);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(width);
  });
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  for (const block of sheet.blocks) {
    if (block.kind === "table") styleTable(ws, block);
    else styleText(ws, block);
  }
  if (!printLayout) return;
  const page = ws.pageLayout;
  page.paperSize = "A4";
  page.orientation = sheet.print.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide, as many pages tall as needed (0 = automatic, as the CLI's fitToHeight).
  if (sheet.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintMargins("Inches", MARGINS);
  if (sheet.print.titleRows) {
    const [first, last] = sheet.print.titleRows.split(":");
    page.setPrintTitleRows(`$${first}:$${last ?? first}`);
  }
  for (const row of sheet.pageBreaks ?? []) {
    if (row > 0) ws.horizontalPageBreaks.add(a1Address(row, 0));
  }
}
