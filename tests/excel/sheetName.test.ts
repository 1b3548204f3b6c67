import { MAX_SHEET_NAME, uniqueSheetName } from "../../src/excel/sheetName";

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Сводка", ["ОО", "Результаты"])).toBe("Сводка");
  });

  it("adds « (2)» when the user has a sheet of that name, in any case", () => {
    expect(uniqueSheetName("Сводка", ["сводка"])).toBe("Сводка (2)");
    expect(uniqueSheetName("Сводка", ["Сводка", "Сводка (2)"])).toBe("Сводка (3)");
  });

  it("cuts names to 31 characters, suffix included", () => {
    const long = "Очень длинное название листа отчёта";
    expect(uniqueSheetName(long, [])).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, [long.slice(0, MAX_SHEET_NAME)]);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  it("replaces characters Excel forbids in sheet names", () => {
    expect(uniqueSheetName("План/факт [2022]: итог?", [])).toBe("План_факт _2022__ итог_");
    expect(uniqueSheetName("'кавычки'", [])).toBe("кавычки");
  });
});
