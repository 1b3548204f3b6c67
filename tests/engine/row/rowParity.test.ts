import { reasonsFormula } from "../../../src/engine/formulas/reasonsFormula";
import { riskFormula } from "../../../src/engine/formulas/riskFormula";
import type { CellValue, Results, SchoolResult } from "../../../src/engine";
import { loadWorkbook, run } from "../../helpers/loadDemo";

// Each school of the demo district is written as a row of indicators (its figures from the
// CLI's results), and SHNOR.RISK / SHNOR.REASONS must reach the CLI's status and reasons: the
// row goes through the same INDICATORS, riskLevels and classify.

const TODAY = "2022-03-31";
const LEVEL_WORDS: Record<string, string> = {
  high: "высокий",
  medium: "средний",
  low: "низкий",
  na: "",
};
const RISK_OF_STATUS: Record<string, string> = {
  shnor: "высокий",
  risk: "средний",
  normal: "низкий",
  insufficient: "н/д",
};

function headersFor(year: number): string[] {
  const years = [year - 2, year - 1, year];
  return [
    "Наименование ОО",
    "Уровень",
    "I1",
    "Композитный результат",
    "Порог I1",
    "Доля продолживших обучение в 10 классе",
    "Доля участников олимпиад",
    "Доля не преодолевших порог ОГЭ по русскому языку",
    "Региональная доля не преодолевших порог ОГЭ по русскому языку",
    "Доля не преодолевших порог ОГЭ по математике",
    "Региональная доля не преодолевших порог ОГЭ по математике",
    ...years.map((y) => `Средний балл ОГЭ по русскому языку ${y}`),
    ...years.map((y) => `ОГЭ математика средний балл ${y - 1}-${y}`),
    `Доля не преодолевших порог ОГЭ по математике ${year - 1}`,
    "Средний балл ЕГЭ по русскому языку",
    "Эталон R6",
    ...Array.from({ length: 11 }, (_, i) => `RF${i + 1}`),
  ];
}

function rowFor(school: SchoolResult): CellValue[] {
  const ind = school.indicators;
  const value = (code: string) =>
    typeof ind[code].value === "number" ? (ind[code].value as number) : null;
  const list = (code: string) =>
    Array.isArray(ind[code].value) ? (ind[code].value as number[]) : [null, null, null];
  return [
    school.name,
    school.hasGrade10 ? "СОШ" : "ООШ",
    ind.I1.met === null ? null : ind.I1.met ? "да" : "нет",
    school.composite,
    ind.I1.threshold,
    value("I2"),
    value("I3"),
    value("R1"),
    ind.R1.threshold,
    value("R2") ?? value("R5"),
    ind.R2.threshold,
    ...list("R3"),
    ...list("R4"),
    ind.R5.threshold,
    value("R6"),
    ind.R6.threshold,
    ...Array.from({ length: 11 }, (_, i) => LEVEL_WORDS[school.riskFactors[`RF${i + 1}`].level]),
  ];
}

describe("a row of indicators reaches the status of the whole-workbook run", () => {
  let results: Results;
  beforeAll(async () => {
    results = run(await loadWorkbook(), TODAY);
  });

  it("covers every status in the demo district", () => {
    const statuses = new Set(results.schools.map((s) => s.status));
    expect([...statuses].sort()).toEqual(["insufficient", "normal", "risk", "shnor"]);
  });

  it("gives every school its CLI status as a level of risk", () => {
    const headers = [headersFor(results.year!)];
    const levels = results.schools.map((s) => {
      const outcome = riskFormula([rowFor(s)], headers, null, TODAY);
      return `${s.name}: ${outcome.ok ? outcome.value : outcome.message}`;
    });
    expect(levels).toEqual(results.schools.map((s) => `${s.name}: ${RISK_OF_STATUS[s.status]}`));
  });

  it("gives every classified school its CLI reasons, word for word", () => {
    const headers = [headersFor(results.year!)];
    const classified = results.schools.filter((s) => s.status !== "insufficient");
    const reasons = classified.map((s) => {
      const outcome = reasonsFormula([rowFor(s)], headers, null, TODAY);
      return outcome.ok ? outcome.value : outcome.message;
    });
    expect(reasons).toEqual(
      classified.map((s) => (s.reasons.length > 0 ? s.reasons.join("; ") : "—")),
    );
  });
});
