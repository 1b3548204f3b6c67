import type { SchoolRecord } from "../read/SchoolRecord";
import type { Settings } from "../settings";
import { SOCIAL_INPUTS } from "./socialInputs";

const MIN_SCHOOLS = 3;

export interface IsbshOutcome {
  /** ИСБШ per school index, null when н/д. */
  readonly values: (number | null)[];
  /** Where the index came from: the regional column, our computation, or nowhere. */
  readonly source: "regional" | "computed" | null;
  /** The inputs that entered the computation. */
  readonly inputs: string[];
}

/**
 * The index of social well-being (METHOD-NOTES 1.2): the regional values when given for at
 * least three schools; else the weighted mean of z-scores (population sd, signed so that
 * higher is more favourable) of the inputs known for at least three schools with sd > 0,
 * for schools with at least `isbshMinInputs` of them.
 */
export function computeIsbsh(schools: readonly SchoolRecord[], settings: Settings): IsbshOutcome {
  const given = schools.filter((s) => s.isbsh !== null).length;
  if (given >= MIN_SCHOOLS) {
    return { values: schools.map((s) => s.isbsh), source: "regional", inputs: ["isbsh"] };
  }
  const sums = schools.map(() => 0);
  const weights = schools.map(() => 0);
  const counts = schools.map(() => 0);
  const inputs: string[] = [];
  for (const input of SOCIAL_INPUTS) {
    const values = schools.map((s) => s.social[input.key] ?? null);
    const present = values.filter((v): v is number => v !== null);
    if (present.length < MIN_SCHOOLS) continue;
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
    if (!(sd > 0)) continue;
    inputs.push(input.key);
    const weight = settings.isbshWeights[input.key] ?? 1;
    values.forEach((v, i) => {
      if (v === null) return;
      sums[i] += (weight * input.direction * (v - mean)) / sd;
      weights[i] += weight;
      counts[i]++;
    });
  }
  if (inputs.length === 0) return { values: schools.map(() => null), source: null, inputs };
  return {
    values: sums.map((sum, i) =>
      counts[i] >= settings.isbshMinInputs && weights[i] > 0 ? sum / weights[i] : null,
    ),
    source: "computed",
    inputs,
  };
}
