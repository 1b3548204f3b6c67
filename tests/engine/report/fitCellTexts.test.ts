import { CELL_TEXT_LIMIT, type ReportSheet, type TableBlock } from "../../../src/engine";
import { fitCellTexts } from "../../../src/engine/report/fitCellTexts";

const LONG = "Очень длинное наименование. ".repeat(1500); // 42 000 characters
const CUT = LONG.slice(0, CELL_TEXT_LIMIT - 1) + "…";

function sheetOf(blocks: ReportSheet["blocks"], name = "Статусы ОО"): ReportSheet {
  return {
    name,
    blocks,
    columnWidths: [10, 10, 10, 10],
    freezeRows: 0,
    conditionalFormats: [],
    charts: [],
    print: { orientation: "portrait", fitToWidth: true },
  };
}

describe("fitCellTexts makes every text of the report fit a cell", () => {
  it("cuts a table's long text and names its cell: header on row 4, second data row is D6", () => {
    const table: TableBlock = {
      kind: "table",
      row: 3,
      col: 1,
      header: ["№", "ОО", "Статус"],
      rows: [
        [1, "СОШ №1", "норма"],
        [2, "СОШ №2", LONG],
      ],
      total: ["Итого", LONG, null],
    };
    const { sheets, cuts } = fitCellTexts([sheetOf([table])]);
    const fitted = sheets[0].blocks[0] as TableBlock;
    expect(fitted.rows[1]).toEqual([2, "СОШ №2", CUT]);
    expect(fitted.rows[0]).toBe(table.rows[0]);
    expect(fitted.total).toEqual(["Итого", CUT, null]);
    const start = "Очень длинное наименование. Очень длинно";
    expect(cuts).toEqual([
      { sheet: "Статусы ОО", cell: "D6", length: 42_000, start },
      { sheet: "Статусы ОО", cell: "C7", length: 42_000, start },
    ]);
  });

  it("cuts a long line of a text block: the third line from A1 is A3", () => {
    const lines = ["Справка", "", LONG];
    const { sheets, cuts } = fitCellTexts([
      sheetOf([{ kind: "text", row: 0, col: 0, lines, style: "wrap" }], "Справка"),
    ]);
    expect(sheets[0].blocks[0]).toEqual({
      kind: "text",
      row: 0,
      col: 0,
      lines: ["Справка", "", CUT],
      style: "wrap",
    });
    expect(cuts.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["Справка!A3"]);
  });

  it("drops control characters everywhere without noting them as cuts", () => {
    const table: TableBlock = {
      kind: "table",
      row: 0,
      col: 0,
      header: ["ОО\u0001"],
      rows: [["СОШ\u0002 №1\uFFFF"]],
    };
    const { sheets, cuts } = fitCellTexts([sheetOf([table])]);
    const fitted = sheets[0].blocks[0] as TableBlock;
    expect([fitted.header, fitted.rows]).toEqual([["ОО"], [["СОШ №1"]]]);
    expect(cuts).toEqual([]);
  });

  it("gives back the very same sheet when nothing needs to change", () => {
    const sheet = sheetOf([{ kind: "text", row: 0, col: 0, lines: ["Сводка"], style: "title" }]);
    const { sheets, cuts } = fitCellTexts([sheet]);
    expect(sheets[0]).toBe(sheet);
    expect(cuts).toEqual([]);
  });
});
