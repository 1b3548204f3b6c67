import { RISK_FACTORS } from "../../../src/engine/risks/riskFactors";
import { oneSchool } from "../../helpers/oneSchool";
import { riskFactor } from "../../helpers/riskFactor";

// Every factor of the table, those without a data rule too (RF1, RF3, RF4, RF7, RF9, RF10):
// a factor's level comes from the ОО sheet under any of its names, and a factor without a data
// rule is never given a level the user did not give. The data rules have a file each (RF2.test.ts …).
const NAMES = RISK_FACTORS.flatMap((factor) =>
  [factor.label, factor.code, `Фактор ${factor.code.slice(2)}`, ...(factor.synonyms ?? [])].map(
    (header) => [factor.code, header] as const,
  ),
);

describe("the table of the 500+ risk factors (METHOD-NOTES 2)", () => {
  it("has the eleven factors, RF1 to RF11, in order", () => {
    expect(RISK_FACTORS.map((f) => f.code)).toEqual(
      Array.from({ length: 11 }, (_, i) => `RF${i + 1}`),
    );
  });

  it.each(NAMES)("%s: reads the level of the column «%s»", (code, header) => {
    expect(oneSchool([header], ["средний"]).riskFactors[code]).toEqual({
      level: "medium",
      source: "user",
    });
  });

  it.each(RISK_FACTORS.filter((f) => f.fromData === undefined).map((f) => [f.code]))(
    "%s has no data rule: н/д without the user's level, whatever the school's figures",
    (code) => {
      const figures = {
        school: { teachers: 27, vacancies: 4, students: 400, social: { s4: 0.3, s6: 0.3 } },
        kpkShare: 0.1,
        failRatio: 3,
      };
      expect(riskFactor(code, figures)).toEqual({ level: "na", source: null });
      expect(oneSchool([], []).riskFactors[code]).toEqual({ level: "na", source: null });
    },
  );
});
