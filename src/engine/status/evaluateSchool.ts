import type { IndicatorContext } from "../indicators/IndicatorContext";
import { INDICATORS, type Indicator } from "../indicators/INDICATORS";
import type { IndicatorResult } from "../results";
import type { FactorLevel } from "../risks/RiskContext";
import type { Settings } from "../settings";
import { classify, type Classification } from "./classify";
import { missingDataReasons, reasons } from "./reasons";
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
 * What classify is given from the indicators' outcomes, taken one at a time in the order of
 * INDICATORS, so that the full evaluation and the status alone count them the same way.
 */
class StatusTally {
  confirmingMet = 0;
  confirmingComputed = 0;
  trendMet = false;

  add(indicator: Indicator, met: boolean | null): void {
    if (indicator.confirming && met !== null) {
      this.confirmingComputed++;
      if (met) this.confirmingMet++;
    }
    if (indicator.trend && met === true) this.trendMet = true;
  }

  classify(ctx: IndicatorContext, highFactors: number, settings: Settings): Classification {
    return classify(
      {
        lowest: ctx.lowest.met,
        confirmingMet: this.confirmingMet,
        confirmingComputed: this.confirmingComputed,
        trendMet: this.trendMet,
        highFactors,
      },
      settings,
    );
  }
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
  const tally = new StatusTally();
  for (const indicator of INDICATORS) {
    const { met, value, threshold, sources, detail } = indicator.compute(ctx);
    // Spelled out rather than spread: a spread of an object of varying shape was most of the
    // cost of one formula call.
    const { comparison, label } = indicator;
    indicators[indicator.code] =
      detail === undefined
        ? { met, value, threshold, sources, comparison, label }
        : { met, value, threshold, sources, comparison, label, detail };
    tally.add(indicator, met);
  }
  const highFactors: string[] = [];
  for (const code in factors) if (factors[code].level === "high") highFactors.push(code);
  const { status, confirming, factorsCount } = tally.classify(ctx, highFactors.length, settings);
  return { indicators, status, confirming, highFactors, factorsCount };
}

/**
 * The status alone, by the same indicators and classify as evaluateSchool, for callers that
 * need no indicator values or reasons (SHNOR.RISK): nothing of the evaluation is kept.
 *
 * @param highFactors Risk factors at level «высокий» (riskLevels).
 */
export function schoolStatus(
  ctx: IndicatorContext,
  highFactors: number,
  settings: Settings,
): Status {
  const tally = new StatusTally();
  for (const indicator of INDICATORS) tally.add(indicator, indicator.compute(ctx).met);
  return tally.classify(ctx, highFactors, settings).status;
}

/** The reasons for an evaluated school's status, in words with the numbers (status/reasons). */
export function evaluationReasons(evaluation: SchoolEvaluation): string[] {
  const lines = reasons(evaluation.indicators, evaluation.highFactors, evaluation.factorsCount);
  if (evaluation.status === "insufficient")
    lines.push(...missingDataReasons(evaluation.indicators));
  return lines;
}
