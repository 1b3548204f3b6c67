import { columnLetter } from "../engine";
import { columnPoints } from "./queueSheetLayout";
import { excelValue, type ExcelValue } from "./excelValue";
import { uniqueSheetName } from "./sheetName";
import { TEMPLATE_SHEETS, type TemplateSheet } from "./templateData";
import type { WrittenSheet } from "./writeReport";

/** The cells of a template sheet as one rectangle, with its number formats. */
function rectangle(sheet: TemplateSheet): { values: ExcelValue[][]; formats: (string | null)[][] } {
  const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 1);
  const values = sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => excelValue(row[c] ?? null)),
  );
  const formats = sheet.rows.map(() => new Array<string | null>(width).fill(null));
  for (const [col, first, last, code] of sheet.formats) {
    for (let r = first; r <= last && r < formats.length; r++)
      if (col < width) formats[r][col] = code;
  }
  return { values, formats };
}

/**
 * Inserts the template sheets ОО, Результаты, Педагоги and Параметры with the demo district's
 * data, for a user who starts from scratch. A sheet of the user's with the same name is never
 * touched: the template sheet then gets « (2)». Two syncs.
 *
 * @param context The request context of an `Excel.run`.
 * @returns The sheets inserted, with the names they got.
 */
export async function insertTemplate(context: Excel.RequestContext): Promise<WrittenSheet[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = worksheets.items.map((ws) => ws.name);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const inserted = TEMPLATE_SHEETS.map((sheet) => {
    const name = uniqueSheetName(sheet.name, taken);
    taken.push(name);
    const ws = worksheets.add(name);
    const { values, formats } = rectangle(sheet);
    if (values.length > 0) {
      const range = ws.getRangeByIndexes(0, 0, values.length, values[0].length);
      range.numberFormat = formats;
      range.values = values;
      ws.getRangeByIndexes(0, 0, 1, values[0].length).format.font.bold = true;
      ws.freezePanes.freezeRows(1);
    }
    sheet.widths.forEach((width, c) => {
      const letter = columnLetter(c);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(width);
    });
    return { ws, name, wanted: sheet.name };
  });
  inserted[0]?.ws.activate();
  await context.sync();
  return inserted.map(({ name, wanted }) => ({ name, wanted }));
}
