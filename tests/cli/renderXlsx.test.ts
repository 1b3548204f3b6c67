import ExcelJS from "exceljs";
import { FORMATS, type ReportSheet } from "../../src/engine";
import { renderXlsx } from "../../src/cli/renderXlsx";

const SHEET: ReportSheet = {
  name: "Параметры",
  columnWidths: [30, 12],
  freezeRows: 1,
  conditionalFormats: [],
  charts: [],
  print: { orientation: "portrait", fitToWidth: true },
  blocks: [
    {
      kind: "table",
      row: 0,
      col: 0,
      header: ["Параметр", "Значение"],
      rows: [
        ["Доля нижних школ", 0.2],
        ["Минимум участников", 5],
        ["Дата расчёта", { date: "2022-03-31" }],
      ],
      total: ["Итого", 3],
      formats: [null, null],
      wrap: [0],
    },
  ],
  // The rows of one column mix kinds: each gets its own format.
  cellFormats: [
    { row: 1, col: 1, format: FORMATS.percent },
    { row: 3, col: 1, format: FORMATS.date },
  ],
};

/** The sheet as a reopened file gives it: what a user sees. */
async function reopened(sheet: ReportSheet): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await renderXlsx({ sheets: [sheet] }).xlsx.writeBuffer());
  return workbook.getWorksheet(sheet.name)!;
}

describe("renderXlsx styles table cells", () => {
  it("gives a single cell its own format without changing the cells that share its style", async () => {
    const ws = await reopened(SHEET);
    expect(["B2", "B3", "B4"].map((a) => ws.getCell(a).numFmt)).toEqual([
      FORMATS.percent,
      undefined,
      FORMATS.date,
    ]);
    // The cells beside them keep the table's style.
    expect(["A2", "A3", "A4"].map((a) => ws.getCell(a).alignment)).toEqual(
      Array(3).fill({ wrapText: true, vertical: "top" }),
    );
    expect(ws.getCell("B3").alignment).toEqual({ vertical: "top" }); // no wrap
    expect(ws.getCell("B3").border.top?.style).toBe("thin");
  });

  it("sets the header and total rows apart from the data rows", async () => {
    const ws = await reopened(SHEET);
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect((ws.getCell("A5").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF2F2F2");
    expect(ws.getCell("A2").font?.bold).toBeFalsy();
    expect((ws.getCell("A2").fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });
});
