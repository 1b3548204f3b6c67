import type { IndicatorContext } from "../indicators/IndicatorContext";
import { INDICATORS } from "../indicators/INDICATORS";
import type { IndicatorResult } from "../results";
import type { FactorLevel } from "../risks/riskLevels";
import type { Settings } from "../settings";
import { classify } from "../status/classify";
import { reasons } from "../status/reasons";
import type { Status } from "../types";

/** One school's indicators and status, with what its reasons are made from. */
export interface SchoolEvaluation {
  readonly indicators: Record<string, IndicatorResult>;
  readonly status: Status;
  readonly confirming: number;
  /** Codes of the risk factors at level «высокий». */
  readonly highFactors: string[];
  /** Whether the high factors put the school in the risk zone (SPEC 4.4, A-35). */
  readonly factorsCount: boolean;
}

/**
 * Computes every indicator of INDICATORS over a school's context and its status by classify
 * (SPEC 4.3, 4.4, DECISIONS A-34…A-36): the step analyze takes for each school, for callers
 * that give the figures of one school.
 */
export function evaluateSchool(
  ctx: IndicatorContext,
  factors: Readonly<Record<string, FactorLevel>>,
  settings: Settings,
): SchoolEvaluation {
  const indicators: Record<string, IndicatorResult> = {};
  for (const indicator of INDICATORS) {
    const { met, value, threshold, sources } = indicator.compute(ctx);
    // Spelled out rather than spread: a spread of an object of varying shape was most of the
    // cost of one formula call.
    const { comparison, label } = indicator;
    indicators[indicator.code] = { met, value, threshold, sources, comparison, label };
  }
  const highFactors: string[] = [];
  for (const code in factors) if (factors[code].level === "high") highFactors.push(code);
  const confirmingMet: (boolean | null)[] = [];
  let trendMet = false;
  for (const indicator of INDICATORS) {
    const met = indicators[indicator.code].met;
    if (indicator.confirming) confirmingMet.push(met);
    if (indicator.trend && met === true) trendMet = true;
  }
  const { status, confirming } = classify(
    {
      lowest: ctx.lowest.met,
      confirming: confirmingMet,
      trendMet,
      highFactors: highFactors.length,
    },
    settings,
  );
  const factorsCount =
    status === "risk" && ctx.lowest.met !== null && highFactors.length >= settings.riskHighFactors;
  return { indicators, status, confirming, highFactors, factorsCount };
}

/** The reasons for an evaluated school's status, in words with the numbers (status/reasons). */
export function evaluationReasons(evaluation: SchoolEvaluation): string[] {
  return reasons(evaluation.indicators, evaluation.highFactors, evaluation.factorsCount);
}
