import type { RiskLevel } from "../../../src/engine";
import { oneSchool } from "../../helpers/oneSchool";
import { riskFactor } from "../../helpers/riskFactor";

describe("RF6, language and cultural barriers: the share of students whose Russian is not native", () => {
  it.each<[string, RiskLevel]>([
    ["20%", "high"],
    ["15%", "high"],
    ["14,9%", "medium"],
    ["5%", "medium"],
    ["4,9%", "low"],
    ["0%", "low"],
  ])("RF6: %p of students whose Russian is not native is %p", (share, expected) => {
    const s = oneSchool(["Доля обучающихся, для которых русский язык не родной"], [share]);
    expect(s.riskFactors.RF6.level).toBe(expected);
  });

  it("keeps the share as the value", () => {
    expect(riskFactor("RF6", { school: { social: { s5: 0.07 } } })).toEqual({
      level: "medium",
      source: "data",
      value: 0.07,
    });
  });

  it("is н/д without the share", () => {
    expect(oneSchool([], []).riskFactors.RF6).toEqual({ level: "na", source: null });
  });
});
