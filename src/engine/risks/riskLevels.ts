import type { SchoolRecord } from "../read/readSchools";
import type { Settings } from "../settings";
import type { RiskLevel } from "../types";
import { RISK_FACTORS, type RiskFactor } from "./riskFactors";

/** A factor's level and where it came from (METHOD-NOTES 2). */
export interface FactorLevel {
  readonly level: RiskLevel;
  /** «user»: the ОО sheet (ФИОКО questionnaire); «data»: a data rule; null: н/д. */
  readonly source: "user" | "data" | null;
  readonly value?: number;
}

// Levels without a value are the same for every school: shared, as a region has 11 per school.
const NOT_KNOWN: FactorLevel = Object.freeze({ level: "na", source: null });
const GIVEN: Readonly<Record<RiskLevel, FactorLevel>> = {
  high: Object.freeze({ level: "high", source: "user" }),
  medium: Object.freeze({ level: "medium", source: "user" }),
  low: Object.freeze({ level: "low", source: "user" }),
  na: NOT_KNOWN,
};

/** The figures data rules need for one school. */
export interface RiskInputs {
  readonly kpkShare: number | null;
  /** The school's ОГЭ fail share of Y over the district's, participant-weighted. */
  readonly failRatio: number | null;
}

const band = (value: number, high: number, medium: number, strictMedium = false): RiskLevel =>
  value >= high - 1e-9
    ? "high"
    : (strictMedium ? value > medium + 1e-9 : value >= medium - 1e-9)
      ? "medium"
      : "low";

function fromData(
  rule: RiskFactor["dataRule"],
  school: SchoolRecord,
  inputs: RiskInputs,
  s: Settings,
): FactorLevel {
  const level = (
    value: number | null | undefined,
    decide: (v: number) => RiskLevel,
  ): FactorLevel =>
    value === null || value === undefined
      ? NOT_KNOWN
      : { level: decide(value), source: "data", value };
  switch (rule) {
    case "vacancies": {
      const { vacancies, teachers } = school;
      const ratio =
        vacancies === null || teachers === null || teachers + vacancies === 0
          ? null
          : vacancies / (teachers + vacancies);
      return level(ratio, (v) => band(v, s.rf2VacancyHigh, 0, true));
    }
    case "kpk":
      return level(inputs.kpkShare, (v) =>
        v < s.rf5KpkHigh - 1e-9 ? "high" : v < s.rf5KpkMedium - 1e-9 ? "medium" : "low",
      );
    case "nonNative":
      return level(school.social.s5, (v) => band(v, s.rf6NonNativeHigh, s.rf6NonNativeMedium));
    case "failRatio":
      return level(inputs.failRatio, (v) => band(v, s.rf8FailRatioHigh, s.rf8FailRatioMedium));
    case "ovz":
      return level(school.social.s6, (v) => band(v, s.rf11OvzHigh, s.rf11OvzMedium));
    default:
      return NOT_KNOWN;
  }
}

/**
 * The level of every risk factor for a school: the user's level wins, else the data rule
 * where the note defines one, else н/д (METHOD-NOTES 2).
 */
export function riskLevels(
  school: SchoolRecord,
  inputs: RiskInputs,
  settings: Settings,
): Record<string, FactorLevel> {
  const levels: Record<string, FactorLevel> = {};
  for (const factor of RISK_FACTORS) {
    const given = school.riskLevels.get(factor.code);
    levels[factor.code] =
      given !== undefined ? GIVEN[given] : fromData(factor.dataRule, school, inputs, settings);
  }
  return levels;
}
