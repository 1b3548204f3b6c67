import { lowestShare } from "../indicators/lowestShare";
import { defaultSettings } from "../settings";
import type { CellValue } from "../types";
import { orDefault, readNumber, readNumbers, readShare } from "./formulaArguments";
import { answer, badInput, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { VALUE_LABEL, VALUES_LABEL } from "./prankFormula";
import { tiedIndex } from "./tiedIndex";

const SHARE_LABEL = "Доля";

/**
 * SHNOR.LOWEST: whether a value is among the lowest share of values by the rule of I1 and ШНСУ
 * (SPEC 4.2, DECISIONS ): k = ⌈share·N⌉, everything tied with the k-th included.
 * A value that is none of the values is judged as if it were added.
 *
 * @param today Today's date (ISO), for the default share (lowShare, 0,2).
 */
export function lowestFormula(
  value: CellValue,
  values: readonly (readonly CellValue[])[],
  share: CellValue,
  today: string,
): FormulaOutcome<boolean> {
  const own = readNumber(value, VALUE_LABEL);
  if (!own.ok) return own;
  const numbers = readNumbers(values, VALUES_LABEL);
  if (!numbers.ok) return numbers;
  const part = orDefault(share, defaultSettings(today).lowShare, (v) => readShare(v, SHARE_LABEL));
  if (!part.ok) return part;
  if (part.value === 0) return badInput(formulaMessages.notPositive(SHARE_LABEL, "0"));
  if (numbers.value.length === 0) return noData(formulaMessages.tooFewNumbers(VALUES_LABEL, 0, 1));
  const at = tiedIndex(numbers.value, own.value);
  const outcome =
    at >= 0
      ? lowestShare(numbers.value, part.value).met[at]
      : lowestShare([...numbers.value, own.value], part.value).met[numbers.value.length];
  return answer(outcome === true);
}
