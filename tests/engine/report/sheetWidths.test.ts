import { sheetWidths } from "../../../src/engine/report/sheetWidths";
import { tableBlock, type ReportColumn } from "../../../src/engine/report/tableBlock";

const column = (key: string, width?: number): ReportColumn<string> => ({
  key,
  header: key,
  value: (item) => item,
  width,
});

describe("sheetWidths sizes a sheet's columns from its tables", () => {
  it("takes each column's width from the first table that declares one", () => {
    const main = tableBlock([column("№", 6), column("Школа", 30), column("Статус", 13)], [], {
      sheet: "Риски",
      row: 3,
    });
    const legend = tableBlock([column("Код", 50), column("Фактор риска")], [], {
      sheet: "Риски",
      row: 8,
    });
    expect(sheetWidths(main, legend)).toEqual([6, 30, 13]);
  });

  it("places a table that starts further right over its own sheet columns", () => {
    const main = tableBlock([column("№", 5)], [], { sheet: "ВПР", row: 3 });
    const list = tableBlock([column("Школа", 30), column("Год", 8)], [], {
      sheet: "ВПР",
      row: 8,
      col: 1,
    });
    expect(sheetWidths(main, list)).toEqual([5, 30, 8]);
  });

  it("refuses a column no table sizes", () => {
    const list = tableBlock([column("Школа", 30)], [], { sheet: "ВПР", row: 8, col: 1 });
    expect(() => sheetWidths(list)).toThrow("No table sizes report column 0");
  });
});
