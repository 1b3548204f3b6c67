import { rowColumns } from "../../../src/engine/formulas/rowColumns";

const only = (header: string) => rowColumns([header])[0]?.column ?? null;

describe("rowColumns recognises the headers of a row of indicators", () => {
  it.each([
    ["Выпускники 9 классов", { kind: "school", key: "grads9", count: false }],
    ["Кол-во педагогов (чел.)", { kind: "school", key: "teachers", count: false }],
    ["Количество обучающихся с ОВЗ", { kind: "school", key: "s6", count: true }],
    ["Фактор 5", { kind: "school", key: "RF5", count: false }],
    [
      "Несформированность внутришкольной системы повышения квалификации",
      { kind: "school", key: "RF5", count: false },
    ],
  ])("«%s» is the ОО column %o", (header, column) => {
    expect(only(header)).toEqual(column);
  });

  it.each([
    ["I1", "lowest"],
    ["Нижние 20 %", "lowest"],
    ["Композитный результат", "composite"],
    ["Порог I1", "lowestThreshold"],
    ["Процентильный ранг", "percentileRank"],
    ["Доля продолживших обучение в 10 классе", "continuation"],
    ["Доля участников олимпиад", "olympiadShare"],
    ["Доля педагогов с КПК", "kpkShare"],
  ])("«%s» is the row field %s", (header, key) => {
    expect(only(header)).toMatchObject({ kind: "row", field: { key } });
  });

  it.each([
    ["Средний балл ОГЭ по русскому языку 2021", "ОГЭ", "русский язык", "mean", 2021],
    ["ОГЭ математика доля «2» 2022", "ОГЭ", "математика", "failShare", 2022],
    [
      "Доля не преодолевших минимальный порог ОГЭ по математике (2021-2022 уч. год)",
      "ОГЭ",
      "математика",
      "failShare",
      2022,
    ],
    ["2020/21 ОГЭ рус. яз. средняя отметка", "ОГЭ", "русский язык", "mean", 2021],
    ["Средний балл ЕГЭ по русскому языку", "ЕГЭ", "русский язык", "mean", null],
    ["ОГЭ матем. не справились", "ОГЭ", "математика", "failShare", null],
  ])("«%s» is %s %s %s of %p", (header, procedure, subject, field, year) => {
    expect(only(header)).toEqual({ kind: "result", procedure, subject, field, year });
  });

  it.each([
    ["Региональная доля не преодолевших порог ОГЭ по русскому языку", "R1", null],
    ["Эталон R2 2022", "R2", 2022],
    ["Региональное значение R6", "R6", null],
    ["Региональный средний балл ЕГЭ по русскому языку", "R6", null],
    ["Порог R1", "R1", null],
  ])("«%s» is the reference of %s for %p", (header, code, year) => {
    expect(only(header)).toEqual({ kind: "reference", code, year });
  });

  it.each([
    "Средний балл",
    "Средний балл ОГЭ по физике",
    "R1",
    "Примечание",
    "Региональный средний балл ОГЭ по русскому языку",
  ])("ignores «%s»: it names no figure the method uses", (header) => {
    expect(only(header)).toBeNull();
  });

  it("uses the first of two columns for one figure and keeps the positions", () => {
    const mapped = rowColumns(["Примечание", "I1", "Нижние 20 %", "Выпускники 9 классов"]);
    expect(mapped.map((m) => [m.index, m.header])).toEqual([
      [1, "I1"],
      [3, "Выпускники 9 классов"],
    ]);
  });
});
