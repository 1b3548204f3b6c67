// Loads a workbook read by ExcelJS into the fake, as Excel would hold the same file. ExcelJS is
// only a type here, so the module stays usable in a browser.

import type ExcelJS from "exceljs";
import { FakeWorkbook, type FakeOptions, type FakeSheet, type FakeValue } from "./FakeWorkbook";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569;

/** Stores one ExcelJS cell: dates as serials, formulas by their cached result. */
function store(sheet: FakeSheet, row: number, col: number, value: ExcelJS.CellValue): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    sheet.setValue(row, col, value);
  } else if (value instanceof Date) {
    sheet.setValue(row, col, value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL);
  } else if ("error" in value) {
    sheet.setValue(row, col, String(value.error));
    sheet.markError(row, col);
  } else if ("richText" in value) {
    sheet.setValue(row, col, value.richText.map((part) => part.text).join(""));
  } else if ("result" in value) {
    store(sheet, row, col, (value.result ?? null) as ExcelJS.CellValue);
    if ("formula" in value && value.formula) sheet.markFormula(row, col, `=${value.formula}`);
  } else if ("text" in value && typeof value.text === "string") {
    sheet.setValue(row, col, value.text as FakeValue);
  }
}

/**
 * A fake workbook holding the sheets of an ExcelJS workbook: values, number formats, column
 * widths (in points, as Office.js gives them) and row heights.
 *
 * @param excel A workbook read with ExcelJS (e.g. examples/demo-district.xlsx).
 * @param options Limits of the Excel imitated.
 */
export function fromExcelJs(excel: ExcelJS.Workbook, options?: FakeOptions): FakeWorkbook {
  const workbook = new FakeWorkbook(options);
  for (const ws of excel.worksheets) {
    const sheet = workbook.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.height) sheet.rowHeights.set(r - 1, row.height);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        store(sheet, r - 1, c - 1, cell.value);
        if (cell.numFmt) sheet.setNumberFormat(r - 1, c - 1, cell.numFmt);
      });
    });
    ws.columns?.forEach((column, c) => {
      // Excel's stored width in characters, as points: 7 pixels a character, ¾ point a pixel.
      if (column.width) sheet.columnWidths.set(c, Math.floor(column.width * 7 + 0.49) * 0.75);
    });
  }
  return workbook;
}
