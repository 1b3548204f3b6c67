import type { Settings } from "../settings";
import type { Status } from "../types";

/** The indicator outcomes a status depends on. */
export interface StatusInputs {
  /** I1: met, not met, or null when н/д. */
  readonly lowest: boolean | null;
  /** How many of I2, I3, R1…R6 (the confirming indicators) are met. */
  readonly confirmingMet: number;
  /** How many confirming indicators are computed (met or not, not н/д). */
  readonly confirmingComputed: number;
  /** Whether any trend indicator (R3, R4, R5) is met. */
  readonly trendMet: boolean;
  /** Risk factors at level «высокий». */
  readonly highFactors: number;
}

/** A status, the confirming indicators met, and whether the risk factors decided it. */
export interface Classification {
  readonly status: Status;
  readonly confirming: number;
  /** Whether the high factors put the school in the risk zone (SPEC 4.4, A-35). */
  readonly factorsCount: boolean;
}

/** Confirming indicators computed needed for «норма»: half of the eight (DECISIONS A-34). */
export const MIN_COMPUTED_FOR_NORMAL = 4;

/**
 * The status of SPEC 4.4 in the order of DECISIONS A-36: ШНОР → зона риска → норма →
 * недостаточно данных. Without I1 a school can be in the risk zone but never ШНОР, and the
 * risk-factor clause does not fire.
 */
export function classify(inputs: StatusInputs, settings: Settings): Classification {
  const confirming = inputs.confirmingMet;
  if (inputs.lowest === true && confirming >= settings.confirmMin)
    return { status: "shnor", confirming, factorsCount: false };
  const manyFactors = inputs.lowest !== null && inputs.highFactors >= settings.riskHighFactors;
  if (inputs.lowest === true || confirming >= 2 || inputs.trendMet || manyFactors)
    return { status: "risk", confirming, factorsCount: manyFactors };
  if (inputs.lowest === false && inputs.confirmingComputed >= MIN_COMPUTED_FOR_NORMAL)
    return { status: "normal", confirming, factorsCount: false };
  return { status: "insufficient", confirming, factorsCount: false };
}
