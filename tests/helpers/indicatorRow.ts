import {
  RISK_LEVEL_LABELS,
  type CellValue,
  type RiskLevel,
  type SchoolResult,
} from "../../src/engine";

// A level not known is an empty cell in a user's table, not the text «н/д».
const levelWord = (level: RiskLevel): string => (level === "na" ? "" : RISK_LEVEL_LABELS[level]);

/** Headers of a school's row of indicators, in the variants users write (SPEC 7 RISK). */
export function indicatorHeaders(year: number): string[] {
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

/** A school of a whole-workbook run written as such a row, from its results. */
export function indicatorRow(school: SchoolResult): CellValue[] {
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
    ...Array.from({ length: 11 }, (_, i) => levelWord(school.riskFactors[`RF${i + 1}`].level)),
  ];
}
