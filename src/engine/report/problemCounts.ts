import type { Problem, Severity } from "../types";

// Counted, the severities read in the genitive plural: «ошибок: 0, предупреждений: 2».
const COUNTED: readonly [Severity, string][] = [
  ["error", "ошибок"],
  ["warning", "предупреждений"],
  ["info", "сведений"],
];

/** How many problems of each severity, as «ошибок: 3, предупреждений: 7, сведений: 4». */
export function problemCounts(problems: readonly Problem[]): string {
  return COUNTED.map(
    ([severity, word]) => `${word}: ${problems.filter((p) => p.severity === severity).length}`,
  ).join(", ");
}
