import { indicator, type ExamRow } from "../../helpers/indicatorContext";

const shares = (before: number | undefined, now: number): ExamRow[] => [
  { procedure: "ОГЭ", subject: "математика", year: 2022, participants: 30, failShare: now },
  { procedure: "ОГЭ", subject: "математика", year: 2021, participants: 30, failShare: before },
];

describe("R5: the ОГЭ fail share in mathematics grows", () => {
  it("is met for 10 % in 2021 and 20 % in 2022, the year before as the threshold", () => {
    expect(indicator("R5", { exams: shares(0.1, 0.2) })).toEqual({
      met: true,
      value: 0.2,
      threshold: 0.1,
      sources: ["Результаты!H2", "Результаты!H3"],
    });
  });

  it("is not met when the share stays at 20 %", () => {
    expect(indicator("R5", { exams: shares(0.2, 0.2) }).met).toBe(false);
  });

  it("shows this year's share but decides nothing without the year before", () => {
    expect(indicator("R5", { exams: shares(undefined, 0.2) })).toEqual({
      met: null,
      value: 0.2,
      threshold: null,
      sources: [],
    });
  });
});
