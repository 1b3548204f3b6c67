import type { CellValue } from "../types";
import { readText } from "./formulaArguments";
import { answer, noData, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { schoolKeyText } from "./schoolKeyText";

const NAME_LABEL = "Наименование ОО";

/**
 * SHNOR.NORMNAME: the school's matching key of SPEC 3.3 as text, so that «МБОУ «СОШ №10»
 * ИГОСК» on one sheet and «МБОУ СОШ №10 ИГОСК» on another give the same lookup value.
 */
export function normNameFormula(name: CellValue): FormulaOutcome<string> {
  const text = readText(name, NAME_LABEL);
  if (!text.ok) return text.error === "na" ? noData(formulaMessages.emptyName()) : text;
  const key = schoolKeyText(text.value);
  // A name of quotes and spaces only is no name at all.
  return key === "" ? noData(formulaMessages.emptyName()) : answer(key);
}
