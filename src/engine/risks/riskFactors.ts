/** A risk factor of the 500+ project (METHOD-NOTES 2). */
export interface RiskFactor {
  readonly code: string;
  readonly label: string;
  /** The data rule used when the user gives no level, if the note defines one. */
  readonly dataRule?: "vacancies" | "kpk" | "nonNative" | "failRatio" | "ovz";
  readonly synonyms?: readonly string[];
}

/** The eleven factors in ФИОКО's wording; regions' variants are one entry each. */
export const RISK_FACTORS: readonly RiskFactor[] = [
  { code: "RF1", label: "Низкий уровень оснащения школы" },
  { code: "RF2", label: "Дефицит педагогических кадров", dataRule: "vacancies" },
  {
    code: "RF3",
    label: "Недостаточная предметная и методическая компетентность педагогических работников",
  },
  { code: "RF4", label: "Риски низкой адаптивности учебного процесса" },
  {
    code: "RF5",
    label: "Несформированность внутришкольной системы повышения квалификации",
    dataRule: "kpk",
  },
  {
    code: "RF6",
    label: "Низкое качество преодоления языковых и культурных барьеров",
    dataRule: "nonNative",
  },
  {
    code: "RF7",
    label: "Пониженный уровень качества школьной образовательной и воспитательной среды",
  },
  {
    code: "RF8",
    label: "Высокая доля обучающихся с рисками учебной неуспешности",
    dataRule: "failRatio",
  },
  { code: "RF9", label: "Низкая учебная мотивация обучающихся" },
  { code: "RF10", label: "Низкий уровень вовлеченности родителей" },
  { code: "RF11", label: "Высокая доля обучающихся с ОВЗ", dataRule: "ovz" },
];
