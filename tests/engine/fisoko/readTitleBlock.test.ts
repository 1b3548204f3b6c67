import type { CellValue } from "../../../src/engine";
import { readTitleBlock } from "../../../src/engine/read/fisoko/readTitleBlock";

const read = (rows: CellValue[][], name = "Лист1") => readTitleBlock({ name, rows }, rows.length);

describe("readTitleBlock reads the subject, grade and year of an export", () => {
  it("from the title block of «Статистика по отметкам»", () => {
    const rows = [
      ["Статистика по отметкам"],
      ["ВПР 2026 Русский язык 4 класс"],
      ["Предмет:", "Русский язык"],
      ["Максимальный первичный балл:", 38],
      ["Дата:", "20.04.2026"],
      [],
    ];
    expect(read(rows)).toEqual({ subject: "русский язык", grade: 4, year: 2026, yearCell: "A2" });
  });

  it.each<[string, CellValue[][], number, string]>([
    ["`Дата:` with the date as text in the next cell", [["Дата:", "20.04.2026"]], 2026, "B1"],
    ["`Дата: 21.04.2025` in one cell", [["Дата: 21.04.2025"]], 2025, "A1"],
    [
      "`Дата:` with a date cell further right",
      [["Дата:", null, new Date(Date.UTC(2024, 3, 18))]],
      2024,
      "C1",
    ],
    ["a school year range in the title", [["ВПР 2024-2025 Математика 5 класс"]], 2025, "A1"],
    [
      "«Всероссийские проверочные работы 2026»",
      [["Всероссийские проверочные работы 2026 (4 класс)"]],
      2026,
      "A1",
    ],
  ])("the year from %s", (_, rows, year, cell) => {
    expect(read(rows)).toMatchObject({ year, yearCell: cell });
  });

  it("the title line wins over `Дата:`", () => {
    expect(read([["ВПР 2026 Математика 4 класс"], ["Дата:", "01.09.2026"]])).toMatchObject({
      year: 2026,
      yearCell: "A1",
    });
  });

  it("«Предмет:» wins over the title line", () => {
    expect(read([["ВПР 2026 Рус. яз. 4 класс"], ["Предмет:", "Окружающий мир"]]).subject).toBe(
      "окружающий мир",
    );
  });

  it.each<[string, string, string, number]>([
    ["a name cut at 31 characters", "МА 4 Сравнение отметок с отметк", "математика", 4],
    [
      "a name with the file before it",
      "файл.xlsx › РУ 5 Сравнение отметок с отметк",
      "русский язык",
      5,
    ],
    ["two digits of grade", "ИС 11 Статистика по отметкам", "история", 11],
    ["Latin look-alikes", "MA 6 Статистика", "математика", 6],
  ])("the subject and grade from %s", (_, name, subject, grade) => {
    expect(read([], name)).toEqual({ subject, grade, year: null, yearCell: null });
  });

  it("nothing when neither the title block nor the name tells", () => {
    expect(read([["Сравнение отметок с отметками по журналу"]], "Лист1")).toEqual({
      subject: null,
      grade: null,
      year: null,
      yearCell: null,
    });
  });

  it("an unknown code in the name is not a subject", () => {
    expect(read([], "ЖЖ 4 Статистика").subject).toBeNull();
  });
});
