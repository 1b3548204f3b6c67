import { analyzeSheets, problemsOn, sheet, TEACHERS_HEADER } from "../../helpers/workbook";

const NAMES = ["МБОУ «СОШ №10» ИГОСК", "МКОУ «СОШ №12» ИГОСК", "МБОУ «СОШ №18» ИГОСК"];
const RESULTS_HEADER = ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл"];

describe("rows of schools that cannot be matched are errors and left out (SPEC 3.3, A-18)", () => {
  const results = analyzeSheets([
    sheet("ОО", [["Наименование ОО"], ...NAMES.map((n) => [n])]),
    sheet("Результаты", [
      RESULTS_HEADER,
      ["МБОУ СОШ №10 ИГОСК", 2022, "ОГЭ", "Русский язык", 20, 3.9],
      ["МКОУ СОШ №12 ИГОСК", 2022, "ОГЭ", "Русский язык", 20, 3.6],
      ["МБОУ СОШ №18 ИГОСК", 2022, "ОГЭ", "Русский язык", 20, 3.4],
      // A school missing from ОО, in a later year: it must not move Y.
      ["МБОУ «СОШ №30» ИГОСК", 2023, "ОГЭ", "Русский язык", 20, 2.1],
      [null, 2022, "ОГЭ", "Математика", 20, 3.0],
    ]),
    sheet("Педагоги", [
      TEACHERS_HEADER,
      ["Орлова Нина Юрьевна", "МБОУ СОШ №10 ИГОСК", "учитель", "Курс", 72, "10.10.2021"],
      ["Белова Анна Сергеевна", "Неизвестная школа", "учитель", "Курс", 72, "10.10.2021"],
    ]),
  ]);

  it("records an error at the school cell of an unknown school", () => {
    expect(problemsOn(results, "Результаты", "error").map((p) => [p.cell, p.code])).toEqual([
      ["A5", "schoolNotFound"],
      ["A6", "missingSchool"],
    ]);
    expect(problemsOn(results, "Педагоги", "error").map((p) => [p.cell, p.code])).toEqual([
      ["B3", "schoolNotFound"],
    ]);
  });

  it("names the unknown school in the message", () => {
    const [error] = problemsOn(results, "Результаты", "error");
    expect(error.message).toContain("МБОУ «СОШ №30» ИГОСК");
  });

  it("leaves the unmatched rows out of everything, including the reporting year", () => {
    expect(results.year).toBe(2022);
    expect(results.schools[0].kpk).toMatchObject({ completed: 1, total: 1, source: "Педагоги" });
    expect(results.totals.kpk).toMatchObject({ completed: 1, total: 1 });
  });

  it("lists the candidates when a name fits two schools", () => {
    const twins = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ["МБОУ «Хребтовская СОШ»"], ["МКОУ «Хребтовская СОШ»"]]),
      sheet("Результаты", [
        RESULTS_HEADER,
        ["Хребтовская СОШ", 2022, "ОГЭ", "Русский язык", 20, 3.9],
      ]),
    ]);
    const errors = problemsOn(twins, "Результаты", "error");
    expect(errors.map((p) => [p.cell, p.code])).toEqual([["A2", "schoolAmbiguous"]]);
    expect(errors[0].message).toContain("МБОУ «Хребтовская СОШ»");
    expect(errors[0].message).toContain("МКОУ «Хребтовская СОШ»");
    expect(twins.year).toBeNull();
  });

  it("lists five candidates and counts the rest when a name fits many schools", () => {
    const districts = ["Ивановский", "Петровский", "Сидоровский", "Лесной", "Озёрный", "Речной"];
    const many = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ...districts.map((d) => [`МБОУ «СОШ №1» ${d} МР`])]),
      sheet("Результаты", [RESULTS_HEADER, ["СОШ №1", 2022, "ОГЭ", "Русский язык", 20, 3.9]]),
    ]);
    const [error] = problemsOn(many, "Результаты", "error");
    expect(error.code).toBe("schoolAmbiguous");
    expect(error.message).toBe(
      "«СОШ №1» подходит к нескольким школам: «МБОУ «СОШ №1» Ивановский МР», " +
        "«МБОУ «СОШ №1» Петровский МР», «МБОУ «СОШ №1» Сидоровский МР», " +
        "«МБОУ «СОШ №1» Лесной МР», «МБОУ «СОШ №1» Озёрный МР» и ещё 1; строка не учитывается",
    );
  });

  it("matches each run of a school's rows and reports every unmatched name of Педагоги", () => {
    const S10 = "МБОУ СОШ №10 ИГОСК";
    const S12 = "МКОУ СОШ №12 ИГОСК";
    const course = (fio: string, school: string | null) => [
      fio,
      school,
      "учитель",
      "Курс",
      72,
      "10.10.2021",
    ];
    const runs = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ...NAMES.map((n) => [n])]),
      sheet("Педагоги", [
        TEACHERS_HEADER,
        course("Орлова Нина Юрьевна", S10),
        course("Белова Анна Сергеевна", S10),
        course("Белова Анна Сергеевна", "Неизвестная школа"),
        course("Белова Анна Сергеевна", "Неизвестная школа"),
        course("Белова Анна Сергеевна", S10),
        course("Белова Анна Сергеевна", null),
        course("Белова Анна Сергеевна", S12),
        course("Орлова Нина Юрьевна", S12),
      ]),
    ]);
    // One error for the name written twice, at its first cell (B-04).
    expect(problemsOn(runs, "Педагоги", "error").map((p) => [p.cell, p.code])).toEqual([
      ["B4", "schoolNotFound"],
      ["B7", "missingSchool"],
    ]);
    expect(problemsOn(runs, "Педагоги", "error")[0].message).toBe(
      "Школа «Неизвестная школа» не найдена на листе «ОО»; строк с этим названием: 2 (B4, B5), ни одна не учитывается",
    );
    expect(runs.schools.map((s) => s.kpk.total)).toEqual([2, 2, null]);
  });
});
