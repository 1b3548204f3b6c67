import type { FakeSheet } from "../fake/FakeWorkbook";

/** Everything a user could see of a sheet, for checking that it was left untouched. */
export function snapshotSheet(sheet: FakeSheet): unknown {
  return JSON.parse(
    JSON.stringify({
      id: sheet.id,
      name: sheet.name,
      visibility: sheet.visibility,
      values: sheet.values,
      numberFormats: sheet.numberFormats,
      formulas: [...sheet.formulas],
      quotePrefixed: [...sheet.quotePrefixed],
      errors: [...sheet.errors],
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      customProperties: [...sheet.customProperties],
      formats: sheet.formats,
      charts: sheet.charts,
      conditionalFormats: sheet.conditionalFormats,
      pageBreaks: sheet.pageBreaks,
      pageLayout: sheet.pageLayout,
      freezeRows: sheet.freezeRows,
    }),
  );
}
