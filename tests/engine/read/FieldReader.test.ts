import type { CellValue } from "../../../src/engine";
import { analyzeSheets, problemsOn, sheet, TEACHERS_HEADER } from "../../helpers/workbook";

const SCHOOL = "МБОУ «СОШ №10» ИГОСК";

/** A one-school district whose teachers cell (B2) holds `teachers`; 7 completed КПК. */
function withTeachers(teachers: CellValue) {
  return analyzeSheets([
    sheet("ОО", [
      ["Наименование ОО", "Численность педагогических работников", "Прошли КПК"],
      [SCHOOL, teachers, 7],
    ]),
  ]);
}

describe("a bad cell is recorded at its address, the rest of the row is used (A-11, A-12)", () => {
  it.each<[CellValue, number]>([
    [14, 14],
    ["14,0", 14],
    ["1 200", 1200],
  ])("reads the teachers count %p as %p", (cell, expected) => {
    const results = withTeachers(cell);
    expect(results.schools[0].kpk.total).toBe(expected);
    expect(problemsOn(results, "ОО")).toEqual([]);
  });

  it.each<CellValue>(["14,5", "-1", "\u22123", "четырнадцать"])(
    "records an error at B2 for the teachers count %p, and the count is missing",
    (cell) => {
      const results = withTeachers(cell);
      expect(results.schools[0].kpk.total).toBeNull();
      expect(results.schools[0].kpk.completed).toBe(7);
      expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell])).toEqual([["error", "B2"]]);
    },
  );

  it.each<CellValue>([{ error: "#N/A" }, "#N/A", "#Н/Д", "#ДЕЛ/0!"])(
    "records a warning at B2 for the Excel error %p, and the count is missing",
    (cell) => {
      const results = withTeachers(cell);
      expect(results.schools[0].kpk.total).toBeNull();
      expect(problemsOn(results, "ОО").map((p) => [p.severity, p.cell, p.code])).toEqual([
        ["warning", "B2", "excelError"],
      ]);
    },
  );

  it.each<CellValue>(["", "н/д", "нет данных", "—", "х"])(
    "records nothing for the missing token %p: missing is never zero",
    (cell) => {
      const results = withTeachers(cell);
      expect(results.schools[0].kpk.total).toBeNull();
      expect(problemsOn(results, "ОО")).toEqual([]);
    },
  );

  it("skips a school whose name cell holds an Excel error, with an error at that cell", () => {
    const results = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], [{ error: "#N/A" }], [SCHOOL]]),
    ]);
    expect(results.schools.map((s) => s.name)).toEqual([SCHOOL]);
    expect(problemsOn(results, "ОО", "error").map((p) => p.cell)).toEqual(["A2"]);
  });

  it("records an impossible course date at its cell and still counts the person", () => {
    const results = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], [SCHOOL]]),
      sheet("Педагоги", [
        TEACHERS_HEADER,
        ["Орлова Нина Юрьевна", SCHOOL, "учитель", "Функциональная грамотность", 72, "31.13.2021"],
        [
          "Белова Анна Сергеевна",
          SCHOOL,
          "учитель",
          "Функциональная грамотность",
          72,
          "15.11.2021",
        ],
      ]),
    ]);
    expect(problemsOn(results, "Педагоги").map((p) => [p.severity, p.cell])).toEqual([
      ["error", "F2"],
    ]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 2, share: 0.5 });
  });

  it("reads course dates given as Excel serials, and records a serial that is no date", () => {
    const course = (fio: string, end: CellValue) => [
      fio,
      SCHOOL,
      "учитель",
      "Функциональная грамотность",
      72,
      end,
    ];
    const results = analyzeSheets(
      [
        sheet("ОО", [["Наименование ОО"], [SCHOOL]]),
        sheet("Педагоги", [
          TEACHERS_HEADER,
          course("Орлова Нина Юрьевна", 44_515), // 15.11.2021
          course("Белова Анна Сергеевна", 42_000), // 27.12.2014: outside the three years
          course("Котова Юлия Павловна", 0),
        ]),
      ],
      "2022-03-31",
    );
    expect(problemsOn(results, "Педагоги").map((p) => [p.severity, p.cell])).toEqual([
      ["error", "F4"],
    ]);
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 3 });
    expect(results.kpkPlan.find((p) => p.fio === "Белова Анна Сергеевна")?.lastEnd).toBe(
      "2014-12-27",
    );
  });

  it("leaves out a result row with an impossible year, with an error at the year cell", () => {
    const results = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], [SCHOOL]]),
      sheet("Результаты", [
        ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"],
        [SCHOOL, "2020-2022", "ОГЭ", "Русский язык", 20, 3.9],
        [SCHOOL, "2020/21", "ОГЭ", "Русский язык", 20, 3.8],
      ]),
    ]);
    expect(results.year).toBe(2021);
    expect(problemsOn(results, "Результаты", "error").map((p) => p.cell)).toEqual(["B2"]);
  });
});
