import type { CellValue, RiskLevel, SheetInput } from "../../../src/engine";
import { analyzeSheets, problemsOn, school, sheet } from "../../helpers/workbook";

const S10 = "МБОУ «СОШ №10» ИГОСК";

/** One school with the given columns after its name. */
const oneSchool = (header: readonly string[], row: readonly CellValue[]) =>
  analyzeSheets([
    sheet("ОО", [
      ["Наименование ОО", ...header],
      [S10, ...row],
    ]),
  ]).schools[0];

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

describe("the data rules and their thresholds (METHOD-NOTES 2)", () => {
  const level = (factor: { level: RiskLevel }) => factor.level;

  it.each<[number, number | null, RiskLevel]>([
    [27, 4, "high"], // 4 / 31 = 0,129
    [9, 1, "high"], // 1 / 10 = 0,10, the boundary
    [27, 1, "medium"], // 1 / 28 = 0,036
    [27, 0, "low"],
    [0, 0, "na"],
    [27, null, "na"],
  ])("RF2: %p teachers and %p vacancies is %p", (teachers, vacancies, expected) => {
    const s = oneSchool(
      ["Численность педагогических работников", "Вакансии"],
      [teachers, vacancies],
    );
    expect(level(s.riskFactors.RF2)).toBe(expected);
  });

  it.each<[number, number, RiskLevel]>([
    [10, 5, "high"], // 0,50
    [10, 6, "medium"], // 0,60: not below 0,60
    [100, 79, "medium"], // 0,79
    [10, 8, "low"], // 0,80: not below 0,80
    [10, 10, "low"],
  ])("RF5: %p teachers with %p completed КПК is %p", (teachers, completed, expected) => {
    const s = oneSchool(
      ["Численность педагогических работников", "Прошли КПК"],
      [teachers, completed],
    );
    expect(s.riskFactors.RF5).toEqual({
      level: expected,
      source: "data",
      value: completed / teachers,
    });
  });

  it("RF5 is н/д when the КПК share is", () => {
    const s = oneSchool(["Численность педагогических работников", "Прошли КПК"], [0, 0]);
    expect(s.riskFactors.RF5).toEqual({ level: "na", source: null });
  });

  it.each<[string, RiskLevel]>([
    ["20%", "high"],
    ["15%", "high"],
    ["14,9%", "medium"],
    ["5%", "medium"],
    ["4,9%", "low"],
    ["0%", "low"],
  ])("RF6: %p of students whose Russian is not native is %p", (share, expected) => {
    const s = oneSchool(["Доля обучающихся, для которых русский язык не родной"], [share]);
    expect(level(s.riskFactors.RF6)).toBe(expected);
  });

  it.each<[string, RiskLevel]>([
    ["10%", "high"],
    ["9,9%", "medium"],
    ["5%", "medium"],
    ["4,9%", "low"],
  ])("RF11: %p of students with ОВЗ is %p", (share, expected) => {
    const s = oneSchool(["Доля обучающихся с ОВЗ"], [share]);
    expect(level(s.riskFactors.RF11)).toBe(expected);
  });

  it("RF6 and RF11 are н/д without their inputs", () => {
    const s = oneSchool([], []);
    expect([s.riskFactors.RF6.level, s.riskFactors.RF11.level]).toEqual(["na", "na"]);
  });

  describe("RF8 compares a school's ОГЭ fail share with the district's in year Y", () => {
    const names = [S10, "МКОУ «СОШ №12» ИГОСК", "МБОУ «СОШ №18» ИГОСК", "МКОУ «СОШ №24» ИГОСК"];
    /*
     * 2022: №10 6 of 20 failed (30 %), №12 2 of 20 (10 %), №18 2 of 10 + 2 of 10 (20 %),
     * №24 sat no ОГЭ. District: 12 of 60 = 20 %. Ratios 1,5 / 0,5 / 1,0 / н/д.
     * The 2021 row of №10 is another year and does not count.
     */
    const run = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], ...names.map((n) => [n])]),
      sheet("Результаты", [
        [
          "ОО",
          "Год",
          "Процедура",
          "Предмет",
          "Участников",
          "Доля не преодолевших минимальный порог",
        ],
        [names[0], 2022, "ОГЭ", "Русский язык", 20, "30%"],
        [names[1], 2022, "ОГЭ", "Русский язык", 20, "10%"],
        [names[2], 2022, "ОГЭ", "Русский язык", 10, "20%"],
        [names[2], 2022, "ОГЭ", "Математика", 10, "20%"],
        [names[0], 2021, "ОГЭ", "Русский язык", 20, "90%"],
      ]),
    ]);

    it.each<[string, RiskLevel, number | undefined]>([
      [names[0], "high", 1.5],
      [names[1], "low", 0.5],
      [names[2], "medium", 1],
      [names[3], "na", undefined],
    ])("gives %s the level %p (ratio %p)", (name, expected, ratio) => {
      const factor = school(run, name).riskFactors.RF8;
      expect(factor.level).toBe(expected);
      if (ratio === undefined) expect(factor.value).toBeUndefined();
      else expect(factor.value).toBeCloseTo(ratio, 12);
    });
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
