import { indicator } from "../../helpers/indicatorContext";

const regional = { R6: { value: 65, source: "regional" as const } };
const ege = (mean: number) => [
  { procedure: "ЕГЭ" as const, subject: "русский язык", year: 2022, participants: 18, mean },
];

describe("R6: the ЕГЭ mean in Russian below the region's", () => {
  it("is met for 60,5 against 65, citing the mean", () => {
    expect(indicator("R6", { exams: ege(60.5), references: regional })).toEqual({
      met: true,
      value: 60.5,
      threshold: 65,
      sources: ["Результаты!G2"],
    });
  });

  it("is not met at the region's mean itself", () => {
    expect(indicator("R6", { exams: ege(65), references: regional }).met).toBe(false);
  });

  it("is н/д without an ЕГЭ row, and undecided without a reference", () => {
    expect(indicator("R6", { references: regional })).toEqual({
      met: null,
      value: null,
      threshold: 65,
      sources: [],
    });
    expect(indicator("R6", { exams: ege(60.5) }).met).toBeNull();
  });
});
