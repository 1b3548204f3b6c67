import type { Settings } from "../settings";
import type { Status } from "../types";

/** The indicator outcomes a status depends on. */
export interface StatusInputs {
  /** I1: met, not met, or null when н/д. */
  readonly lowest: boolean | null;
  /** I2, I3, R1…R6 (the confirming indicators), each met / not met / null. */
  readonly confirming: readonly (boolean | null)[];
  /** Whether any trend indicator (R3, R4, R5) is met. */
  readonly trendMet: boolean;
  /** Risk factors at level «высокий». */
  readonly highFactors: number;
}

/** Confirming indicators computed needed for «норма»: half of the eight (DECISIONS A-34). */
const MIN_COMPUTED_FOR_NORMAL = 4;

/**
 * The status of SPEC 4.4 in the order of DECISIONS A-36: ШНОР → зона риска → норма →
 * недостаточно данных. Without I1 a school can be in the risk zone but never ШНОР, and the
 * risk-factor clause does not fire.
 */
export function classify(
  inputs: StatusInputs,
  settings: Settings,
): { status: Status; confirming: number } {
  const confirming = inputs.confirming.filter((m) => m === true).length;
  const computed = inputs.confirming.filter((m) => m !== null).length;
  if (inputs.lowest === true && confirming >= settings.confirmMin)
    return { status: "shnor", confirming };
  const manyFactors = inputs.lowest !== null && inputs.highFactors >= settings.riskHighFactors;
  if (inputs.lowest === true || confirming >= 2 || inputs.trendMet || manyFactors)
    return { status: "risk", confirming };
  if (inputs.lowest === false && computed >= MIN_COMPUTED_FOR_NORMAL)
    return { status: "normal", confirming };
  return { status: "insufficient", confirming };
}
