import { indicator, type ExamRow } from "../../helpers/indicatorContext";

const means = (...values: (number | undefined)[]): ExamRow[] =>
  values.map((mean, k) => ({
    procedure: "ОГЭ",
    subject: "русский язык",
    year: 2020 + k,
    participants: 30,
    mean,
  }));

describe("R3: the ОГЭ mean in Russian falls two years running", () => {
  it("is met for 3,8 → 3,6 → 3,5 over 2020–2022, citing the three means", () => {
    expect(indicator("R3", { exams: means(3.8, 3.6, 3.5) })).toEqual({
      met: true,
      value: [3.8, 3.6, 3.5],
      threshold: null,
      sources: ["Результаты!G2", "Результаты!G3", "Результаты!G4"],
    });
  });

  it("is not met when one year holds: 3,6 → 3,6 → 3,5, or the mean rises", () => {
    expect(indicator("R3", { exams: means(3.6, 3.6, 3.5) }).met).toBe(false);
    expect(indicator("R3", { exams: means(3.5, 3.6, 3.8) }).met).toBe(false);
  });

  it("is н/д when a year has no mean", () => {
    expect(indicator("R3", { exams: means(3.8, undefined, 3.5) })).toEqual({
      met: null,
      value: null,
      threshold: null,
      sources: [],
    });
  });
});
