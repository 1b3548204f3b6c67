import type { RiskLevel } from "../../../src/engine";
import { riskFactor } from "../../helpers/riskFactor";
import { analyzeSheets, school, sheet } from "../../helpers/workbook";

const S10 = "МБОУ «СОШ №10» ИГОСК";

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
      ["ОО", "Год", "Процедура", "Предмет", "Участников", "Доля не преодолевших минимальный порог"],
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

  it("is «средний» just below 1,5 and «низкий» just below 1,0", () => {
    expect(riskFactor("RF8", { failRatio: 1.49 }).level).toBe("medium");
    expect(riskFactor("RF8", { failRatio: 0.99 }).level).toBe("low");
  });

  it("is н/д for every school when no one in the district failed", () => {
    const none = analyzeSheets([
      sheet("ОО", [["Наименование ОО"], [S10]]),
      sheet("Результаты", [
        [
          "ОО",
          "Год",
          "Процедура",
          "Предмет",
          "Участников",
          "Доля не преодолевших минимальный порог",
        ],
        [S10, 2022, "ОГЭ", "Русский язык", 20, "0%"],
      ]),
    ]);
    expect(none.schools[0].riskFactors.RF8).toEqual({ level: "na", source: null });
  });
});
