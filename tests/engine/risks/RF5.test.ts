import type { RiskLevel } from "../../../src/engine";
import { oneSchool } from "../../helpers/oneSchool";
import { riskFactor } from "../../helpers/riskFactor";

describe("RF5, no in-school system of КПК: the school's КПК share", () => {
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

  it("takes a level the user gave over the share: «средний» although 0,9 is «низкий»", () => {
    const given = riskFactor("RF5", {
      school: { riskLevels: new Map([["RF5", "medium"]]) },
      kpkShare: 0.9,
    });
    expect(given).toEqual({ level: "medium", source: "user" });
  });
});
