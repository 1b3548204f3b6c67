import type { CellValue } from "../types";
import { evaluateRow } from "./evaluateRow";
import { evaluationReasons } from "../status/evaluateSchool";
import { answer, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

type Range = readonly (readonly CellValue[])[];

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
  const lines = evaluationReasons(evaluation);
  return answer(lines.length > 0 ? lines.join("; ") : formulaMessages.noReasons());
}
