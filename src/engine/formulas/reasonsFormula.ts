import { INDICATORS } from "../indicators/INDICATORS";
import type { CellValue } from "../types";
import { evaluateRow } from "./evaluateRow";
import { evaluationReasons } from "../status/evaluateSchool";
import { answer, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

type Range = readonly (readonly CellValue[])[];

const CONFIRMING = INDICATORS.filter((indicator) => indicator.confirming);

/**
 * SHNOR.REASONS: the reasons for the row's status in words with the numbers, one per met
 * indicator, joined by «; » (as on the sheet «Статусы ОО»); «—» for a school with none; for
 * insufficient data, what is missing.
 */
export function reasonsFormula(
  values: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<string> {
  const evaluated = evaluateRow(values, headers, params, today);
  if (!evaluated.ok) return evaluated;
  const evaluation = evaluated.value;
  if (evaluation.status === "insufficient") {
    const computed = CONFIRMING.filter((i) => evaluation.indicators[i.code].met !== null).length;
    const lowestKnown = evaluation.indicators.I1.met !== null;
    return answer(formulaMessages.insufficient(lowestKnown, computed, CONFIRMING.length));
  }
  const lines = evaluationReasons(evaluation);
  return answer(lines.length > 0 ? lines.join("; ") : formulaMessages.noReasons());
}
