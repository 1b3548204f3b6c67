/** The method version printed on every report and in the JSON (SPEC 5). */
export const METHOD_VERSION = "2026.1";

/** The add-in's own version, shown by SHNOR.VERSION and in the pane. */
export const APP_VERSION = "0.1.0";

/** A regional reference value from Параметры (DECISIONS A-30). */
export interface Reference {
  readonly procedure: string;
  readonly subject: string;
  readonly field: "failShare" | "mean";
  readonly year: number;
  readonly value: number;
}

/** Every setting of SPEC 5. Shares are fractions. */
export interface Settings {
  asOf: string;
  year: number | null;
  lowShare: number;
  continuationMin: number;
  olympiadMax: number;
  minParticipants: number;
  minCells: number;
  compositeProcedures: string[];
  /** The territory the Справка names (DECISIONS B-08); null: ОО's one municipality, if one. */
  territory: string | null;
  confirmMin: number;
  riskHighFactors: number;
  kpkYears: number;
  kpkMinHours: number;
  kpkPlanMonths: number;
  r5MinRise: number;
  vprRaisedMax: number;
  vprConfirmedMax: number;
  vprTopShare: number;
  shnsuShare: number;
  references: Reference[];
  isbshWeights: Record<string, number>;
  isbshMinInputs: number;
  rf2VacancyHigh: number;
  rf5KpkHigh: number;
  rf5KpkMedium: number;
  rf6NonNativeHigh: number;
  rf6NonNativeMedium: number;
  rf8FailRatioHigh: number;
  rf8FailRatioMedium: number;
  rf11OvzHigh: number;
  rf11OvzMedium: number;
}

export type NumericSettingKey = {
  [K in keyof Settings]: Settings[K] extends number ? K : never;
}[keyof Settings];

/** One tunable setting: its default, its kind and where the default comes from. */
export interface SettingInfo {
  readonly key: NumericSettingKey;
  readonly default: number;
  readonly kind: "share" | "integer" | "number";
  readonly label: string;
  readonly basis: string;
}

// The settings no order fixes: the value the programme adopted, said as a protocol would.
const PROJECT_DEFAULT = "принято в программе";

/** The numeric settings with their basis, in the order the pane and the report list them. */
export const NUMERIC_SETTINGS: readonly SettingInfo[] = [
  {
    key: "lowShare",
    default: 0.2,
    kind: "share",
    label: "Доля школ с самыми низкими результатами (I1)",
    basis: "приказ Смоленской обл. № 338-ОД: нижние 20 %",
  },
  {
    key: "continuationMin",
    default: 0.6,
    kind: "share",
    label: "Минимальная доля продолживших обучение в 10 классе (I2)",
    basis: "приказ Смоленской обл. № 338-ОД: 60 %",
  },
  {
    key: "olympiadMax",
    default: 0.005,
    kind: "share",
    label: "Доля участников олимпиад, не более (I3)",
    basis: "приказ Смоленской обл. № 338-ОД: 0,5 %",
  },
  {
    key: "minParticipants",
    default: 5,
    kind: "integer",
    label: "Наименьшее число участников в строке результатов",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "minCells",
    default: 2,
    kind: "integer",
    label: "Наименьшее число ячеек для композитного результата",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "confirmMin",
    default: 1,
    kind: "integer",
    label: "Подтверждающих показателей для статуса ШНОР",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "riskHighFactors",
    default: 3,
    kind: "integer",
    label: "Факторов риска уровня «высокий» для зоны риска",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "kpkYears",
    default: 3,
    kind: "integer",
    label: "Срок действия КПК, лет",
    basis: "273-ФЗ, ст. 47, ч. 5, п. 2: не реже одного раза в три года",
  },
  {
    key: "kpkMinHours",
    default: 16,
    kind: "number",
    label: "Наименьший объём курса, часов",
    basis: "приказ Минобрнауки № 266 от 24.03.2025, п. 18",
  },
  {
    key: "kpkPlanMonths",
    default: 6,
    kind: "integer",
    label: "Горизонт плана КПК, месяцев",
    basis: "протокол ИГОСК: план на полугодие",
  },
  {
    key: "r5MinRise",
    default: 0,
    kind: "share",
    label: "R5: наименьший рост доли не преодолевших порог ОГЭ по математике, п.п.",
    basis:
      "приказ Смоленской обл. № 338-ОД: любой рост; по рекомендациям ФИОКО 2026 негативная динамика — рост доли «2» на 10 п.п. и более",
  },
  {
    key: "vprRaisedMax",
    default: 0.15,
    kind: "share",
    label: "ВПР: доля повысивших отметку, не более",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "vprConfirmedMax",
    default: 0.95,
    kind: "share",
    label: "ВПР: доля подтвердивших отметку, не более",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "vprTopShare",
    default: 0.2,
    kind: "share",
    label: "ВПР: верхняя доля школ по среднему",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "shnsuShare",
    default: 0.2,
    kind: "share",
    label: "Доля школ с самым низким ИСБШ (ШНСУ)",
    basis: "практика НИУ ВШЭ: нижние 10–20 %; в программе принято 20 %",
  },
  {
    key: "isbshMinInputs",
    default: 3,
    kind: "integer",
    label: "Наименьшее число показателей для ИСБШ",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf2VacancyHigh",
    default: 0.1,
    kind: "share",
    label: "Фактор 2: доля вакансий для уровня «высокий»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf5KpkHigh",
    default: 0.6,
    kind: "share",
    label: "Фактор 5: доля КПК ниже — уровень «высокий»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf5KpkMedium",
    default: 0.8,
    kind: "share",
    label: "Фактор 5: доля КПК ниже — уровень «средний»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf6NonNativeHigh",
    default: 0.15,
    kind: "share",
    label: "Фактор 6: доля неродного русского для уровня «высокий»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf6NonNativeMedium",
    default: 0.05,
    kind: "share",
    label: "Фактор 6: доля неродного русского для уровня «средний»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf8FailRatioHigh",
    default: 1.5,
    kind: "number",
    label: "Фактор 8: отношение доли «2» ОГЭ к району для уровня «высокий»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf8FailRatioMedium",
    default: 1.0,
    kind: "number",
    label: "Фактор 8: отношение доли «2» ОГЭ к району для уровня «средний»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf11OvzHigh",
    default: 0.1,
    kind: "share",
    label: "Фактор 11: доля обучающихся с ОВЗ для уровня «высокий»",
    basis: PROJECT_DEFAULT,
  },
  {
    key: "rf11OvzMedium",
    default: 0.05,
    kind: "share",
    label: "Фактор 11: доля обучающихся с ОВЗ для уровня «средний»",
    basis: PROJECT_DEFAULT,
  },
];

/** The settings that are not numbers, by their Russian names: how Параметры and the report name them. */
export const OTHER_SETTINGS = {
  asOf: {
    label: "Дата расчёта КПК",
    basis: "дата отчёта; если не задана — сегодняшняя",
  },
  year: {
    label: "Отчётный год",
    basis: "последний год в данных, если не задан",
  },
  territory: {
    label: "Территория",
    basis:
      "название территории в справке; если не задано — муниципалитет листа «ОО», когда он один",
  },
  compositeProcedures: {
    label: "Процедуры композитного результата",
    basis: "приказ Смоленской обл. № 338-ОД: ЕГЭ, ОГЭ, ВПР за 3 года",
  },
} as const;

export const DEFAULT_COMPOSITE_PROCEDURES: readonly string[] = ["ОГЭ", "ЕГЭ", "ВПР"];

/**
 * The settings of SPEC 5 with their defaults.
 *
 * @param asOf The as-of date (ISO `YYYY-MM-DD`), normally today's date supplied by the front end.
 */
export function defaultSettings(asOf: string): Settings {
  const numeric = Object.fromEntries(NUMERIC_SETTINGS.map((s) => [s.key, s.default])) as Pick<
    Settings,
    NumericSettingKey
  >;
  return {
    ...numeric,
    asOf,
    year: null,
    compositeProcedures: [...DEFAULT_COMPOSITE_PROCEDURES],
    territory: null,
    references: [],
    isbshWeights: {},
  };
}
