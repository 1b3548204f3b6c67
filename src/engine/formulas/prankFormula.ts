import { midRanks } from "../indicators/midRanks";
import type { CellValue } from "../types";
import { readNumber, readNumbers } from "./formulaArguments";
import { answer, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { tiedIndex } from "./tiedIndex";

export const VALUE_LABEL = "Значение";
export const VALUES_LABEL = "Значения";

/**
 * SHNOR.PRANK: the mid-rank percentile rank of SPEC 4.2, (rank − 1) / (n − 1) with ties
 * averaged, in [0, 1]. A value that is one of the values (the usual `=PRANK(C2; C$2:C$30)`)
 * is ranked among them; any other value is ranked as if it were added.
 */
export function prankFormula(
  value: CellValue,
  values: readonly (readonly CellValue[])[],
): FormulaOutcome<number> {
  const own = readNumber(value, VALUE_LABEL);
  if (!own.ok) return own;
  const numbers = readNumbers(values, VALUES_LABEL);
  if (!numbers.ok) return numbers;
  if (numbers.value.length < 2) {
    return noData(formulaMessages.tooFewNumbers(VALUES_LABEL, numbers.value.length, 2));
  }
  const at = tiedIndex(numbers.value, own.value);
  if (at >= 0) return answer(midRanks(numbers.value)[at]);
  return answer(midRanks([...numbers.value, own.value])[numbers.value.length]);
}
