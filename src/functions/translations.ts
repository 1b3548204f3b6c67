/** The Russian name of a function and of each of its parameters, for Russian Excel. */
export interface FunctionTranslation {
  readonly name: string;
  /** By the parameter's name in functions.json (the TypeScript parameter name). */
  readonly parameters: Readonly<Record<string, string>>;
}

/**
 * Russian names for functions-ru.json, by function id (SPEC 7). The build fails when a function
 * or a parameter of functions.ts has no entry here, or an entry names nothing. Names avoid the
 * names of Excel's own functions in any language (ПРОЦЕНТРАНГ, РАНГ …).
 */
export const TRANSLATIONS: Readonly<Record<string, FunctionTranslation>> = {
  KPK_SHARE: { name: "КПК_ДОЛЯ", parameters: { completed: "прошли_КПК", total: "педагогов" } },
  KPK_TOTAL: { name: "КПК_ИТОГ", parameters: { completed: "прошли_КПК", total: "педагогов" } },
  KPK_VALID: {
    name: "КПК_ДЕЙСТВУЕТ",
    parameters: {
      endDate: "дата_окончания",
      hours: "часов",
      asOf: "на_дату",
      years: "срок_лет",
      minHours: "мин_часов",
    },
  },
  KPK_DUE: { name: "КПК_СРОК", parameters: { endDate: "дата_окончания", years: "срок_лет" } },
  PRANK: { name: "ПРОЦ_РАНГ", parameters: { value: "значение", values: "значения" } },
  LOWEST: { name: "НИЖНИЕ", parameters: { value: "значение", values: "значения", share: "доля" } },
  DECLINING: { name: "СНИЖЕНИЕ", parameters: { values: "значения", steps: "шагов" } },
  RISK: {
    name: "РИСК",
    parameters: { values: "значения", headers: "заголовки", params: "параметры" },
  },
  REASONS: {
    name: "ПРИЧИНЫ",
    parameters: { values: "значения", headers: "заголовки", params: "параметры" },
  },
  ISBSH: {
    name: "ИСБШ",
    parameters: {
      values: "значения",
      headers: "заголовки",
      district: "район",
      params: "параметры",
    },
  },
  CLASSIFY: {
    name: "КЛАССИФИКАЦИЯ",
    parameters: { schools: "ОО", results: "результаты", params: "параметры", teachers: "педагоги" },
  },
  NORMNAME: { name: "НОРМ_НАЗВАНИЕ", parameters: { name: "наименование" } },
  PLURAL: {
    name: "СКЛОНЕНИЕ",
    parameters: { n: "число", one: "форма_1", few: "форма_2", many: "форма_5" },
  },
  VERSION: { name: "ВЕРСИЯ", parameters: {} },
};
