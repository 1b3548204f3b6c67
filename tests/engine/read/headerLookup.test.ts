import { matchHeader } from "../../../src/engine/read/headerLookup";
import type { SheetKind } from "../../../src/engine/read/synonyms";
import { normalizeHeader } from "../../../src/engine/text/normalizeHeader";

describe("normalizeHeader compares headers without case, punctuation or symbols (A-04)", () => {
  it.each([
    ["Кол-во педагогов", "колво педагогов"],
    ["Понизили (%)", "понизили"],
    ["500+", "500"],
    ["доля «2»", "доля 2"],
    ["  Учебный   год ", "учебный год"],
    ["Учёт", "учет"],
    ["Пpoшли КПК", "прошли кпк"],
  ])("turns %p into %p", (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe("matchHeader accepts the synonyms of SPEC 3.1, exactly after normalization (A-03)", () => {
  it.each<[SheetKind, string, string]>([
    ["schools", "Наименование ОО", "name"],
    ["schools", "образовательная организация", "name"],
    ["schools", "Код ОО", "id"],
    ["schools", "ИНН", "id"],
    ["schools", "Численность педагогических работников", "teachers"],
    ["schools", "Кол-во педагогов (чел.)", "teachers"],
    ["schools", "кол-во педагогов", "teachers"],
    ["schools", "Численность обучающихся (чел.)", "students"],
    ["schools", "Прошли КПК", "kpkCompleted"],
    ["schools", "Кол-во чел., прошедших КПК", "kpkCompleted"],
    ["schools", "Перешли в 10 класс", "cont10"],
    ["schools", "500+", "official"],
    ["schools", "Вакансии", "vacancies"],
    ["schools", "ИСБШ", "isbsh"],
    ["schools", "Дефицит педагогических кадров", "RF2"],
    ["schools", "RF5", "RF5"],
    ["schools", "Фактор 5", "RF5"],
    ["results", "Учебный год", "year"],
    ["results", "Вид оценочной процедуры", "procedure"],
    ["results", "Доля «2»", "failShare"],
    ["results", "Понизили (%)", "lowered"],
    ["results", "Наименование ОО", "school"],
    ["results", "школа", "school"],
    ["teachers", "Место прохождения", "provider"],
    ["teachers", "Объём", "hours"],
    ["params", "Параметр", "key"],
  ])("on %s, maps %p to %p", (kind, header, key) => {
    expect(matchHeader(kind, header)?.key).toBe(key);
  });

  it.each<[SheetKind, string]>([
    ["schools", "Педагогов всего"],
    ["schools", "Наименование образовательной организации"],
    ["results", "Средний балл по региону"],
    ["teachers", "Дата рождения"],
  ])("on %s, does not guess %p: no fuzzy or prefix matching", (kind, header) => {
    expect(matchHeader(kind, header)).toBeUndefined();
  });

  it("fixes Latin look-alikes in a Cyrillic header: «Пpoшли КПК» with Latin p and o", () => {
    expect(matchHeader("schools", "Пpoшли КПК")?.key).toBe("kpkCompleted");
    expect(matchHeader("schools", "Числeннocть обучающихся")?.key).toBe("students");
  });

  it("marks a social input given as a count (METHOD-NOTES 1.1)", () => {
    expect(matchHeader("schools", "Количество обучающихся из неполных семей")).toEqual({
      key: "s2",
      count: true,
    });
    expect(matchHeader("schools", "Кол-во обучающихся с ОВЗ")).toEqual({ key: "s6", count: true });
    expect(matchHeader("schools", "Доля обучающихся из неполных семей")).toEqual({
      key: "s2",
      count: false,
    });
  });
});
