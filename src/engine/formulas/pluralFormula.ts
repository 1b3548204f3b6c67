import { plural } from "../format/plural";
import type { CellValue } from "../types";
import { readNumber, readText } from "./formulaArguments";
import { answer, type FormulaOutcome } from "./FormulaOutcome";

/**
 * SHNOR.PLURAL: the Russian form of a noun for a count (1 школа, 3 школы, 5 школ; a fraction
 * takes the «few» form), as the report's text uses it.
 */
export function pluralFormula(
  n: CellValue,
  one: CellValue,
  few: CellValue,
  many: CellValue,
): FormulaOutcome<string> {
  const count = readNumber(n, "Число");
  if (!count.ok) return count;
  const forms: string[] = [];
  for (const [value, label] of [
    [one, "Форма для 1"],
    [few, "Форма для 2"],
    [many, "Форма для 5"],
  ] as const) {
    const text = readText(value, label);
    if (!text.ok) return text;
    forms.push(text.value);
  }
  return answer(plural(count.value, forms[0], forms[1], forms[2]));
}
