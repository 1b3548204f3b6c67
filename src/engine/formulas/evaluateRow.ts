import { highFactorCount, riskLevels } from "../risks/riskLevels";
import type { CellValue, Status } from "../types";
import { evaluateSchool, schoolStatus, type SchoolEvaluation } from "../status/evaluateSchool";
import { cellsOf, sizeOf } from "./formulaArguments";
import { answer, badInput, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { formulaSettings } from "./formulaSettings";
import { readRow, type RowFigures } from "./readRow";
import { rowColumns } from "./rowColumns";
import { syntheticContext } from "./syntheticContext";

type Range = readonly (readonly CellValue[])[];

export const ROW_VALUES_LABEL = "Значения";
export const ROW_HEADERS_LABEL = "Заголовки";

/** The recognised figures of a row of indicators under its headers, or why there are none. */
export function rowFigures(
  values: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<RowFigures> {
  const cells = cellsOf(values);
  const heads = cellsOf(headers);
  if (cells.length !== heads.length) {
    return badInput(
      formulaMessages.sizeMismatch(
        ROW_VALUES_LABEL,
        sizeOf(values),
        ROW_HEADERS_LABEL,
        sizeOf(headers),
      ),
    );
  }
  const columns = rowColumns(heads);
  if (columns.length === 0) return badInput(formulaMessages.noHeadersRecognised());
  const settings = formulaSettings(params, today);
  if (!settings.ok) return settings;
  return readRow(cells, columns, settings.value);
}

/**
 * One school's status from a row of indicators recognised by their headers (SHNOR.RISK,
 * SHNOR.REASONS): the row's figures go through INDICATORS, riskLevels and classify exactly as
 * a school of a workbook does; risk factors that need the district (RF8) are н/д.
 *
 * @param params A table in the Параметры format, or null for the defaults of SPEC 5.
 * @param today Today's date (ISO).
 */
export function evaluateRow(
  values: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<SchoolEvaluation> {
  const read = rowFigures(values, headers, params, today);
  if (!read.ok) return read;
  const { figures, kpkShare } = read.value;
  const factors = riskLevels({
    school: figures.school,
    settings: figures.settings,
    kpkShare,
    failRatio: null,
  });
  return answer(evaluateSchool(syntheticContext(figures), factors, figures.settings));
}

/**
 * The status alone of a row of indicators (SHNOR.RISK): the same rules as evaluateRow, without
 * the indicator values and factor levels that only the reasons need.
 */
export function rowStatus(
  values: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<Status> {
  const read = rowFigures(values, headers, params, today);
  if (!read.ok) return read;
  const { figures, kpkShare } = read.value;
  const high = highFactorCount({
    school: figures.school,
    settings: figures.settings,
    kpkShare,
    failRatio: null,
  });
  return answer(schoolStatus(syntheticContext(figures), high, figures.settings));
}
