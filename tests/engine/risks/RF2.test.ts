import type { RiskLevel } from "../../../src/engine";
import { oneSchool } from "../../helpers/oneSchool";
import { riskFactor } from "../../helpers/riskFactor";

describe("RF2, a shortage of teachers: vacancies over teachers and vacancies", () => {
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
    expect(s.riskFactors.RF2.level).toBe(expected);
  });

  it("keeps the ratio as the value: 4 of 31", () => {
    expect(riskFactor("RF2", { school: { teachers: 27, vacancies: 4 } })).toEqual({
      level: "high",
      source: "data",
      value: 4 / 31,
    });
  });

  it("is н/д without a teacher count", () => {
    expect(riskFactor("RF2", { school: { vacancies: 2 } })).toEqual({ level: "na", source: null });
  });
});
