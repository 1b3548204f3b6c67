import { analyze } from "../../../src/engine";
import { dataRows, readTable } from "../../../src/engine/read/readTable";
import { ProblemLog } from "../../../src/engine/read/ProblemLog";
import { analyzeSheets, problemsOn, sheet } from "../../helpers/workbook";

const SCHOOL = "МБОУ «СОШ №10» ИГОСК";

describe("the header row is the one with most recognised headers (DECISIONS A-02)", () => {
  it("skips a title line above the table", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Сведения об образовательных организациях Изобильненского ГО на 01.03.2022"],
        [],
        ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"],
        [SCHOOL, 30, 14],
      ]),
    ]);
    expect(results.schools.map((s) => [s.name, s.row])).toEqual([[SCHOOL, 4]]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 14, total: 30 });
  });

  it("prefers the row with more headers to a title that happens to be one", () => {
    const table = readTable(
      sheet("Педагоги", [
        ["Курс"],
        ["ФИО", "ОО", "Должность", "Программа КПК"],
        ["Орлова Нина Юрьевна", SCHOOL, "учитель", "Функциональная грамотность"],
      ]),
      "teachers",
      new ProblemLog(),
    );
    expect(table?.headerRow).toBe(1);
    expect(dataRows(table!)).toEqual([2]);
  });

  it("skips rows where every mapped cell is empty, silently", () => {
    const results = analyzeSheets([
      sheet("ОО", [["Наименование ОО", "Примечание"], [SCHOOL], [null, "пустая строка"], ["", ""]]),
    ]);
    expect(results.schools).toHaveLength(1);
    expect(problemsOn(results, "ОО")).toEqual([]);
  });
});

describe("columns are mapped by synonyms (A-03, A-04)", () => {
  it("reads «Кол-во педагогов (чел.)» as the teachers count", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "Кол-во педагогов (чел.)", "Прошли КПК"],
        [SCHOOL, 30, 14],
      ]),
    ]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 14, total: 30 });
  });

  it("ignores «Педагогов всего»: it is not a synonym, so the count is missing", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "Педагогов всего", "Прошли КПК"],
        [SCHOOL, 30, 14],
      ]),
    ]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 14, total: null, share: null });
  });

  it("reads a header typed with Latin look-alike letters", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименoвание ОО", "Пpoшли КПК", "Кол-вo педагогов"],
        [SCHOOL, 14, 30],
      ]),
    ]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 14, total: 30 });
  });

  it("uses the first of two columns for one key, and warns at the second header", () => {
    const results = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "Численность педагогических работников", "Прошли КПК", "Педагогов"],
        [SCHOOL, 30, 14, 40],
      ]),
    ]);
    expect(results.schools[0].kpk.total).toBe(30);
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toEqual([
      ["warning", "D1", "duplicateColumn"],
    ]);
  });
});

describe("required columns (A-06)", () => {
  const schools = sheet("ОО", [["Наименование ОО"], [SCHOOL]]);

  it("ignores Результаты without «Предмет», with an error whose cell is null", () => {
    const results = analyzeSheets([
      schools,
      sheet("Результаты", [
        ["ОО", "Год", "Процедура", "Участников", "Средний балл"],
        [SCHOOL, 2022, "ОГЭ", 20, 3.9],
      ]),
    ]);
    expect(results.year).toBeNull();
    expect(
      problemsOn(results, "Результаты").map((p) => [p.severity, p.sheet, p.cell, p.code]),
    ).toEqual([["error", "Результаты", null, "missingColumn"]]);
  });

  it("ignores Педагоги without ФИО, with an error whose cell is null", () => {
    const results = analyzeSheets([
      schools,
      sheet("Педагоги", [
        ["ОО", "Часы"],
        [SCHOOL, 72],
      ]),
    ]);
    expect(results.schools[0].kpk.source).toBeNull();
    expect(
      problemsOn(results, "Педагоги").map((p) => [p.severity, p.sheet, p.cell, p.code]),
    ).toEqual([["error", "Педагоги", null, "missingColumn"]]);
  });

  it("ignores a Результаты sheet with no header row at all, without a message", () => {
    const results = analyzeSheets([
      schools,
      sheet("Результаты", [
        ["Итоги", "за год"],
        [SCHOOL, 2022],
      ]),
    ]);
    expect(results.year).toBeNull();
    expect(problemsOn(results, "Результаты")).toEqual([]);
  });

  it("cannot read a workbook whose ОО sheet has no name column", () => {
    const outcome = analyze(
      {
        sheets: [
          sheet("ОО", [
            ["Код ОО", "Педагогов"],
            ["2607109", 30],
          ]),
        ],
      },
      { today: "2022-03-31" },
    );
    expect(outcome.kind).toBe("unreadable");
  });

  it("reads an ОО sheet with a header only: no schools and one warning", () => {
    const results = analyzeSheets([sheet("ОО", [["Наименование ОО", "Педагогов"]])]);
    expect(results.schools).toEqual([]);
    expect(results.totals.kpk).toMatchObject({ completed: 0, total: 0, share: null });
    expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell])).toEqual([["warning", null]]);
  });
});
