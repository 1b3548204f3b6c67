import type { RiskLevel } from "../../../src/engine";
import { oneSchool } from "../../helpers/oneSchool";
import { riskFactor } from "../../helpers/riskFactor";

describe("RF11, many students with ОВЗ: their share", () => {
  it.each<[string, RiskLevel]>([
    ["10%", "high"],
    ["9,9%", "medium"],
    ["5%", "medium"],
    ["4,9%", "low"],
  ])("RF11: %p of students with ОВЗ is %p", (share, expected) => {
    const s = oneSchool(["Доля обучающихся с ОВЗ"], [share]);
    expect(s.riskFactors.RF11.level).toBe(expected);
  });

  it("keeps the share as the value", () => {
    expect(riskFactor("RF11", { school: { social: { s6: 0.12 } } })).toEqual({
      level: "high",
      source: "data",
      value: 0.12,
    });
  });

  it("is н/д without the share", () => {
    expect(oneSchool([], []).riskFactors.RF11).toEqual({ level: "na", source: null });
  });
});
