import type { RiskLevel } from "../types";
import type { FactorLevel, RiskContext } from "./RiskContext";

const EPS = 1e-9;

/** A risk factor of the 500+ project (METHOD-NOTES 2): one entry of the table. */
export interface RiskFactor {
  readonly code: string;
  readonly label: string;
  /** The level from the data when the user gives none, where the note defines a rule. */
  readonly fromData?: (ctx: RiskContext) => FactorLevel;
  readonly synonyms?: readonly string[];
}

/** The level of a factor whose data are missing: one object shared by every school. */
export const NOT_KNOWN: FactorLevel = Object.freeze({ level: "na", source: null });

const measured = (level: RiskLevel, value: number): FactorLevel => ({
  level,
  source: "data",
  value,
});

/**
 * «высокий» from `high` up, «средний» from `medium` up (above it when `strictMedium`), else
 * «низкий»; н/д without a value.
 */
function band(
  value: number | null | undefined,
  high: number,
  medium: number,
  strictMedium = false,
): FactorLevel {
  if (value === null || value === undefined) return NOT_KNOWN;
  if (value >= high - EPS) return measured("high", value);
  const aboveMedium = strictMedium ? value > medium + EPS : value >= medium - EPS;
  return measured(aboveMedium ? "medium" : "low", value);
}

/** The eleven factors in ФИОКО's wording; regions' variants are one entry each. */
export const RISK_FACTORS: readonly RiskFactor[] = [
  { code: "RF1", label: "Низкий уровень оснащения школы" },
  {
    code: "RF2",
    label: "Дефицит педагогических кадров",
    // Vacancies over teachers and vacancies: any vacancy is «средний».
    fromData: ({ school: { vacancies, teachers }, settings }) => {
      if (vacancies === null || teachers === null || teachers + vacancies === 0) return NOT_KNOWN;
      return band(vacancies / (teachers + vacancies), settings.rf2VacancyHigh, 0, true);
    },
  },
  {
    code: "RF3",
    label: "Недостаточная предметная и методическая компетентность педагогических работников",
  },
  { code: "RF4", label: "Риски низкой адаптивности учебного процесса" },
  {
    code: "RF5",
    label: "Несформированность внутришкольной системы повышения квалификации",
    // The fewer teachers with КПК, the higher the risk.
    fromData: ({ kpkShare, settings }) => {
      if (kpkShare === null || kpkShare === undefined) return NOT_KNOWN;
      if (kpkShare < settings.rf5KpkHigh - EPS) return measured("high", kpkShare);
      return measured(kpkShare < settings.rf5KpkMedium - EPS ? "medium" : "low", kpkShare);
    },
  },
  {
    code: "RF6",
    label: "Низкое качество преодоления языковых и культурных барьеров",
    fromData: ({ school, settings }) =>
      band(school.social.s5, settings.rf6NonNativeHigh, settings.rf6NonNativeMedium),
  },
  {
    code: "RF7",
    label: "Пониженный уровень качества школьной образовательной и воспитательной среды",
  },
  {
    code: "RF8",
    label: "Высокая доля обучающихся с рисками учебной неуспешности",
    fromData: ({ failRatio, settings }) =>
      band(failRatio, settings.rf8FailRatioHigh, settings.rf8FailRatioMedium),
  },
  { code: "RF9", label: "Низкая учебная мотивация обучающихся" },
  { code: "RF10", label: "Низкий уровень вовлеченности родителей" },
  {
    code: "RF11",
    label: "Высокая доля обучающихся с ОВЗ",
    fromData: ({ school, settings }) =>
      band(school.social.s6, settings.rf11OvzHigh, settings.rf11OvzMedium),
  },
];
