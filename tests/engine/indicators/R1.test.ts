import { indicator } from "../../helpers/indicatorContext";

const regional = { R1: { value: 0.08, source: "regional" as const } };
const oge = (failShare: number, participants = 25) => [
  { procedure: "ОГЭ" as const, subject: "русский язык", year: 2022, participants, failShare },
];

describe("R1: the ОГЭ fail share in Russian above the region's", () => {
  it("is met for 12 % against 8 %, citing the school's cell", () => {
    expect(indicator("R1", { exams: oge(0.12), references: regional })).toEqual({
      met: true,
      value: 0.12,
      threshold: 0.08,
      sources: ["Результаты!H2"],
    });
  });

  it("is not met at the region's share itself", () => {
    expect(indicator("R1", { exams: oge(0.08), references: regional }).met).toBe(false);
  });

  it("shows the share but decides nothing without a reference", () => {
    expect(indicator("R1", { exams: oge(0.12) })).toEqual({
      met: null,
      value: 0.12,
      threshold: null,
      sources: ["Результаты!H2"],
    });
  });

  it.each([
    ["no row of Y", { exams: [], references: regional }],
    ["4 participants, below minParticipants 5", { exams: oge(0.12, 4), references: regional }],
    ["no reporting year", { exams: oge(0.12), references: regional, year: null }],
  ])("is н/д with %s", (_case, figures) => {
    expect(indicator("R1", figures)).toEqual({
      met: null,
      value: null,
      threshold: 0.08,
      sources: [],
    });
  });
});
