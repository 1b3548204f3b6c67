import { indicator, type ExamRow } from "../../helpers/indicatorContext";

const shares = (
  before: number | undefined,
  now: number,
  participants: [number, number] = [30, 30],
): ExamRow[] => [
  {
    procedure: "ОГЭ",
    subject: "математика",
    year: 2022,
    participants: participants[1],
    failShare: now,
  },
  {
    procedure: "ОГЭ",
    subject: "математика",
    year: 2021,
    participants: participants[0],
    failShare: before,
  },
];

describe("R5: the ОГЭ fail share in mathematics grows", () => {
  it("is met for 10 % in 2021 and 20 % in 2022, the year before as the threshold", () => {
    expect(indicator("R5", { exams: shares(0.1, 0.2) })).toEqual({
      met: true,
      value: 0.2,
      threshold: 0.1,
      sources: ["Результаты!H2", "Результаты!H3"],
      detail: "10,0 % → 20,0 %: рост на 10,0 п.п.; не преодолели порог 3 из 30 → 6 из 30",
    });
  });

  it("tells a rise of less than one student as it is: 1 of 82 → 1 of 80", () => {
    const r5 = indicator("R5", { exams: shares(1 / 82, 1 / 80, [82, 80]) });
    expect(r5.met).toBe(true);
    expect(r5.detail).toBe(
      "1,22 % → 1,25 %: рост на 0,03 п.п.; не преодолели порог 1 из 82 → 1 из 80",
    );
  });

  it.each([
    { minRise: 0.1, before: 0.1, now: 0.19, met: false },
    { minRise: 0.1, before: 0.1, now: 0.2, met: true },
    { minRise: 0.1, before: 0.1, now: 0.25, met: true },
    { minRise: 0, before: 0.1, now: 0.1001, met: true },
  ])(
    "with the smallest rise that counts at $minRise, $before → $now is met: $met",
    ({ minRise, before, now, met }) => {
      const r5 = indicator("R5", { exams: shares(before, now), settings: { r5MinRise: minRise } });
      expect(r5.met).toBe(met);
    },
  );

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
