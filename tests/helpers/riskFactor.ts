import { blankSchool } from "../../src/engine/formulas/blankSchool";
import type { SchoolRecord } from "../../src/engine/read/SchoolRecord";
import { riskLevels } from "../../src/engine/risks/riskLevels";
import type { FactorLevel } from "../../src/engine/risks/RiskContext";
import { defaultSettings } from "../../src/engine/settings";

/** What one school gives the risk factors' data rules; nothing known unless told. */
export interface RiskFigures {
  readonly school?: Partial<SchoolRecord>;
  readonly kpkShare?: number | null;
  readonly failRatio?: number | null;
}

/** A factor's level for one school by the rules of riskLevels, with the default thresholds. */
export function riskFactor(code: string, figures: RiskFigures = {}): FactorLevel {
  return riskLevels({
    school: blankSchool(figures.school),
    settings: defaultSettings("2022-03-31"),
    kpkShare: figures.kpkShare ?? null,
    failRatio: figures.failRatio ?? null,
  })[code];
}
