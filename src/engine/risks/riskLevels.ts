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

const measured = (level: RiskLevel, value: number): FactorLevel => ({
  level,
  source: "data",
  value,
});

function fromData(
  rule: RiskFactor["dataRule"],
  school: SchoolRecord,
  inputs: RiskInputs,
  s: Settings,
): FactorLevel {
  switch (rule) {
    case "vacancies": {
      const { vacancies, teachers } = school;
      if (vacancies === null || teachers === null || teachers + vacancies === 0) return NOT_KNOWN;
      const ratio = vacancies / (teachers + vacancies);
      return measured(band(ratio, s.rf2VacancyHigh, 0, true), ratio);
    }
    case "kpk": {
      const share = inputs.kpkShare;
      if (share === null || share === undefined) return NOT_KNOWN;
      const level =
        share < s.rf5KpkHigh - 1e-9 ? "high" : share < s.rf5KpkMedium - 1e-9 ? "medium" : "low";
      return measured(level, share);
    }
    case "nonNative": {
      const share = school.social.s5;
      if (share === null || share === undefined) return NOT_KNOWN;
      return measured(band(share, s.rf6NonNativeHigh, s.rf6NonNativeMedium), share);
    }
    case "failRatio": {
      const ratio = inputs.failRatio;
      if (ratio === null || ratio === undefined) return NOT_KNOWN;
      return measured(band(ratio, s.rf8FailRatioHigh, s.rf8FailRatioMedium), ratio);
    }
    case "ovz": {
      const share = school.social.s6;
      if (share === null || share === undefined) return NOT_KNOWN;
      return measured(band(share, s.rf11OvzHigh, s.rf11OvzMedium), share);
    }
    default:
      return NOT_KNOWN;
  }
}

/** A factor's level: the user's level wins, else the data rule, else н/д (METHOD-NOTES 2). */
function factorLevel(
  factor: RiskFactor,
  school: SchoolRecord,
  inputs: RiskInputs,
  settings: Settings,
): FactorLevel {
  const given = school.riskLevels.get(factor.code);
  return given !== undefined ? GIVEN[given] : fromData(factor.dataRule, school, inputs, settings);
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
  for (const factor of RISK_FACTORS)
    levels[factor.code] = factorLevel(factor, school, inputs, settings);
  return levels;
}

/** How many of a school's risk factors are at level «высокий», by the rules of riskLevels. */
export function highFactorCount(
  school: SchoolRecord,
  inputs: RiskInputs,
  settings: Settings,
): number {
  let count = 0;
  for (const factor of RISK_FACTORS)
    if (factorLevel(factor, school, inputs, settings).level === "high") count++;
  return count;
}
