import type ExcelJS from "exceljs";

/** The sheets of the template, in the order the pane inserts them. */
export const TEMPLATE_SHEET_NAMES = ["ОО", "Результаты", "Педагоги", "Параметры"];

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 in Excel's 1900 date system

type Value = string | number | boolean | null;

function plainValue(value: ExcelJS.CellValue, where: string): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((p) => p.text).join("");
  if (typeof value === "object" && "result" in value)
    return plainValue(value.result as ExcelJS.CellValue, where);
  throw new Error(`${where}: the template takes plain values only`);
}

/** A number format over a run of cells down one column; 0-based, the last row included. */
interface FormatRun {
  col: number;
  firstRow: number;
  lastRow: number;
  code: string;
}

/** Number formats of one sheet as runs down each column. */
function formatRuns(ws: ExcelJS.Worksheet): FormatRun[] {
  const runs: FormatRun[] = [];
  for (let col = 1; col <= ws.columnCount; col++) {
    let open: FormatRun | null = null;
    for (let row = 1; row <= ws.rowCount; row++) {
      const code = ws.getCell(row, col).numFmt;
      if (open && code === open.code && open.lastRow === row - 2) open.lastRow = row - 1;
      else if (code && code !== "General") {
        open = { col: col - 1, firstRow: row - 1, lastRow: row - 1, code };
        runs.push(open);
      } else open = null;
    }
  }
  return runs;
}

/**
 * The text of `assets/template.json`: the demo district's input sheets as plain data (values,
 * number formats, column widths; dates as Excel serials), for the pane's «Вставить шаблон»
 * without shipping an .xlsx.
 *
 * @param workbook `examples/demo-district.xlsx`, read with ExcelJS.
 * @returns JSON text, one row per line so that a change to the demo reads as a short diff.
 */
export function templateSource(workbook: ExcelJS.Workbook): string {
  const sheets = TEMPLATE_SHEET_NAMES.map((name) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`the demo workbook has no sheet «${name}»`);
    const rows: Value[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Value[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        row.push(plainValue(ws.getCell(r, c).value, `${name}!R${r}C${c}`));
      }
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      rows.push(row);
    }
    const widths = ws.columns.map((column) => column.width ?? 10);
    return { name, rows, formats: formatRuns(ws), widths };
  });
  const sheetTexts = sheets.map((sheet) =>
    [
      "  {",
      `    "name": ${JSON.stringify(sheet.name)},`,
      '    "rows": [',
      sheet.rows.map((row) => `      ${JSON.stringify(row)}`).join(",\n"),
      "    ],",
      `    "formats": ${JSON.stringify(sheet.formats)},`,
      `    "widths": ${JSON.stringify(sheet.widths)}`,
      "  }",
    ].join("\n"),
  );
  return `[\n${sheetTexts.join(",\n")}\n]\n`;
}
