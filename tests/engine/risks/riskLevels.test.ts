import type { CellValue, RiskLevel, SheetInput } from "../../../src/engine";
import { oneSchool } from "../../helpers/oneSchool";
import { analyzeSheets, problemsOn, sheet } from "../../helpers/workbook";

const S10 = "МБОУ «СОШ №10» ИГОСК";

describe("a level given on the ОО sheet (METHOD-NOTES 2)", () => {
  it.each([
    ["its wording", "Низкий уровень оснащения школы", "RF1"],
    ["its wording in another case", "НИЗКАЯ УЧЕБНАЯ МОТИВАЦИЯ ОБУЧАЮЩИХСЯ", "RF9"],
    ["its code", "RF5", "RF5"],
    ["«Фактор N»", "Фактор 10", "RF10"],
    ["«Фактор N» with two digits", "Фактор 11", "RF11"],
  ])("finds the column named by %s: %p is %s", (_how, header, code) => {
    expect(oneSchool([header], ["высокий"]).riskFactors[code]).toEqual({
      level: "high",
      source: "user",
    });
  });

  it.each<[CellValue, RiskLevel]>([
    ["высокий", "high"],
    ["средний", "medium"],
    ["низкий", "low"],
    ["нет", "low"],
    ["риск не выявлен", "low"],
    [3, "high"],
    [2, "medium"],
    [1, "low"],
    [0, "low"],
    ["да", "high"],
    ["+", "high"],
  ])("reads %p as %p", (cell, level) => {
    expect(oneSchool(["Фактор 7"], [cell]).riskFactors.RF7).toEqual({ level, source: "user" });
  });

  it("leaves a factor н/д when its cell is empty and it has no data rule", () => {
    expect(oneSchool(["Фактор 7"], [null]).riskFactors.RF7).toEqual({ level: "na", source: null });
  });

  it("records an error at the cell of a level it cannot read", () => {
    const run = analyzeSheets([
      sheet("ОО", [
        ["Наименование ОО", "RF3"],
        [S10, "очень высокий"],
      ]),
    ]);
    expect(run.schools[0].riskFactors.RF3.level).toBe("na");
    expect(problemsOn(run, "ОО").map((p) => [p.severity, p.cell])).toEqual([["error", "B2"]]);
  });
});

describe("a level given by the user wins over a data rule", () => {
  const run = analyzeSheets([
    sheet("ОО", [
      ["Наименование ОО", "Численность педагогических работников", "Прошли КПК", "RF5"],
      [S10, 10, 9, "высокий"],
      ["МКОУ «СОШ №12» ИГОСК", 10, 9, null],
    ]),
  ]);

  it("takes RF5 «высокий» from the user although 9 of 10 completed КПК", () => {
    expect(run.schools[0].riskFactors.RF5).toEqual({ level: "high", source: "user" });
  });

  it("sets RF5 from the data where the user gave nothing: 0,9 is «низкий»", () => {
    expect(run.schools[1].riskFactors.RF5).toEqual({ level: "low", source: "data", value: 0.9 });
  });
});

describe("three high factors put an otherwise normal school in the risk zone (SPEC 4.4)", () => {
  const names = [
    "МБОУ «СОШ №1» ИГОСК",
    "МБОУ «Гимназия №2» ИГОСК",
    "МБОУ «СОШ №3» ИГОСК",
    "МКОУ «СОШ №4» ИГОСК",
    "МБОУ «СОШ №5» ИГОСК",
  ];
  /*
   * Every school: I2 40/50 = 0,8 (not met), I3 10/500 = 0,02 (not met), R1 and R2 computed
   * and not met (no one failed), so 4 of 8 indicators are computed. Means rise with the
   * row, so №1 alone is in the lowest 20 % (I1) and the other four are «норма».
   */
  const results: SheetInput = sheet("Результаты", [
    ["ОО", "Год", "Процедура", "Предмет", "Участников", "Средний балл", "Доля «2»"],
    ...names.flatMap((name, i) => [
      [name, 2022, "ОГЭ", "Русский язык", 20, 3.5 + i / 10, 0],
      [name, 2022, "ОГЭ", "Математика", 20, 3.4 + i / 10, 0],
    ]),
  ]);
  const ooHeader = [
    "Наименование ОО",
    "Численность обучающихся",
    "Выпускники 9 классов",
    "Продолжили обучение в 10 классе",
    "Олимпиады",
  ];
  const run = (factorHeader: readonly string[], levels: readonly CellValue[][]) =>
    analyzeSheets([
      sheet("ОО", [
        [...ooHeader, ...factorHeader],
        ...names.map((name, i) => [name, 500, 50, 40, 10, ...(levels[i] ?? [])]),
      ]),
      results,
    ]);

  it("classifies the five schools without factors as risk (I1) and four «норма»", () => {
    expect(run([], []).schools.map((s) => s.status)).toEqual([
      "risk",
      "normal",
      "normal",
      "normal",
      "normal",
    ]);
  });

  const withFactors = run(
    ["Низкий уровень оснащения школы", "RF3", "Фактор 9"],
    [[], [], [], ["высокий", 3, "нет"], ["Высокий", "3", "да"]],
  );

  it("moves the school with three «высокий» to the risk zone", () => {
    expect(withFactors.schools[4].status).toBe("risk");
  });

  it("names the three factors in its reasons", () => {
    const reasons = withFactors.schools[4].reasons.join("\n");
    expect(reasons).toContain("(3)");
    expect(reasons).toContain("Низкий уровень оснащения школы");
    expect(reasons).toContain(
      "Недостаточная предметная и методическая компетентность педагогических работников",
    );
    expect(reasons).toContain("Низкая учебная мотивация обучающихся");
  });

  it("leaves the school with two «высокий» as «норма», without factor reasons", () => {
    expect(withFactors.schools[3].status).toBe("normal");
    expect(withFactors.schools[3].reasons).toEqual([]);
  });
});
