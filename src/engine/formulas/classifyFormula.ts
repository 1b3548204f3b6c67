import { analyze } from "../analyze";
import { SHEET_NAMES } from "../read/synonyms";
import type { CellValue, SheetInput } from "../types";
import { classificationTable } from "./classificationTable";
import { isBlank } from "./formulaArguments";
import { answer, badInput, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";

type Range = readonly (readonly CellValue[])[];

const given = (range: Range | null): range is Range =>
  range !== null && range.some((row) => row.some((value) => !isBlank(value)));

/**
 * SHNOR.CLASSIFY: the whole method over the tables as a formula passes them (each with its
 * header row): analyze reads them as the sheets ОО, Результаты, Параметры and Педагоги, so
 * headers, synonyms, matching and every rule are those of the report.
 *
 * @param today Today's date (ISO): the as-of date unless Параметры gives `asOf`.
 * @returns The table of {@link classificationTable}.
 */
export function classifyFormula(
  schools: Range,
  results: Range,
  params: Range | null,
  teachers: Range | null,
  today: string,
): FormulaOutcome<(string | number)[][]> {
  const sheets: SheetInput[] = [
    { name: SHEET_NAMES.schools[0], rows: schools },
    { name: SHEET_NAMES.results[0], rows: results },
  ];
  if (given(params)) sheets.push({ name: SHEET_NAMES.params[0], rows: params });
  if (given(teachers)) sheets.push({ name: SHEET_NAMES.teachers[0], rows: teachers });
  const outcome = analyze({ sheets }, { today });
  if (outcome.kind === "unreadable")
    return badInput(formulaMessages.unreadableTable(outcome.message));
  return answer(classificationTable(outcome.results));
}
