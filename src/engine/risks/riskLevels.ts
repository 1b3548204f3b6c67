import type { RiskLevel } from "../types";
import { NOT_KNOWN, RISK_FACTORS, type RiskFactor } from "./riskFactors";
import type { FactorLevel, RiskContext } from "./RiskContext";

// Levels without a value are the same for every school: shared, as a region has 11 per school.
const GIVEN: Readonly<Record<RiskLevel, FactorLevel>> = {
  high: Object.freeze({ level: "high", source: "user" }),
  medium: Object.freeze({ level: "medium", source: "user" }),
  low: Object.freeze({ level: "low", source: "user" }),
  na: NOT_KNOWN,
};

/** A factor's level: the user's level wins, else the data rule, else н/д (METHOD-NOTES 2). */
function factorLevel(factor: RiskFactor, ctx: RiskContext): FactorLevel {
  const given = ctx.school.riskLevels.get(factor.code);
  if (given !== undefined) return GIVEN[given];
  return factor.fromData === undefined ? NOT_KNOWN : factor.fromData(ctx);
}

/**
 * The level of every risk factor for a school: the user's level wins, else the data rule
 * where the note defines one, else н/д (METHOD-NOTES 2).
 */
export function riskLevels(ctx: RiskContext): Record<string, FactorLevel> {
  const levels: Record<string, FactorLevel> = {};
  for (const factor of RISK_FACTORS) levels[factor.code] = factorLevel(factor, ctx);
  return levels;
}

/** How many of a school's risk factors are at level «высокий», by the rules of riskLevels. */
export function highFactorCount(ctx: RiskContext): number {
  let count = 0;
  for (const factor of RISK_FACTORS) if (factorLevel(factor, ctx).level === "high") count++;
  return count;
}
