import { indicator } from "../../helpers/indicatorContext";

const municipal = { R2: { value: 0.1, source: "municipal" as const } };
const oge = (subject: string, failShare?: number) => [
  { procedure: "ОГЭ" as const, subject, year: 2022, participants: 40, failShare },
];

describe("R2: the ОГЭ fail share in mathematics above the region's", () => {
  it("is met for 15 % against a municipal estimate of 10 %", () => {
    expect(indicator("R2", { exams: oge("математика", 0.15), references: municipal })).toEqual({
      met: true,
      value: 0.15,
      threshold: 0.1,
      sources: ["Результаты!H2"],
    });
  });

  it("is not met for 10 %, nor for the fail share in Russian", () => {
    expect(indicator("R2", { exams: oge("математика", 0.1), references: municipal }).met).toBe(
      false,
    );
    expect(indicator("R2", { exams: oge("русский язык", 0.3), references: municipal }).met).toBe(
      null,
    );
  });

  it("is н/д when the row has no fail share", () => {
    expect(indicator("R2", { exams: oge("математика"), references: municipal })).toEqual({
      met: null,
      value: null,
      threshold: 0.1,
      sources: [],
    });
  });
});
