/** The engine's public surface: front ends import only from here. */
export { analyze, type AnalyzeOptions, type AnalyzeOutcome } from "./analyze";
export type { Results, SchoolResult, IndicatorResult, InputSheet } from "./results";
export type {
  CellValue,
  CellError,
  PercentNumber,
  SheetInput,
  SheetRows,
  WorkbookInput,
  Problem,
  Severity,
  Status,
  RiskLevel,
} from "./types";
export { SharedCells } from "./SharedCells";
export { PackedRows, RowPacker } from "./PackedRows";
export { rowAt } from "./sheetRows";
export { columnIndex, columnLetter } from "./read/columnLetter";
export {
  APP_VERSION,
  METHOD_VERSION,
  defaultSettings,
  NUMERIC_SETTINGS,
  type Settings,
} from "./settings";
export { buildReport } from "./report/buildReport";
export type * from "./report/model";
export { FORMATS } from "./report/model";
export { PALETTE } from "./report/PALETTE";
export { STATUS_LABELS, SEVERITY_LABELS, RISK_LEVEL_LABELS } from "./report/labels";
export { formatNumber, formatPercent, formatRank } from "./format/formatNumber";
export { isoDateOf } from "./read/isoDateOf";
export { describeExport } from "./read/fisoko/describeExport";
export type { UnreadFisokoFile } from "./read/fisoko/unrecognizedFiles";
export { problemCounts } from "./report/problemCounts";
export { parseShare } from "./read/parseValue";
export { rowHeight, MAX_ROW_HEIGHT } from "./report/rowHeight";
export { cellText, CELL_TEXT_LIMIT } from "./report/cellText";
export { xmlSafeText } from "./text/xmlSafeText";
export { plural, countOf } from "./format/plural";
export { buildNote, type Note } from "./report/note/buildNote";
export { proposeMapping, applyMapping, type SheetMapping } from "./read/mapping";
export { FIELDS, SHEET_KINDS, SHEET_NAMES, type FieldSpec, type SheetKind } from "./read/synonyms";
export { fieldName, type ProblemCode } from "./messages";
export type { FormulaOutcome } from "./formulas/FormulaOutcome";
export { kpkShareFormula } from "./formulas/kpkShareFormula";
export { kpkTotalFormula } from "./formulas/kpkTotalFormula";
export { kpkValidFormula } from "./formulas/kpkValidFormula";
export { kpkDueFormula } from "./formulas/kpkDueFormula";
export { prankFormula } from "./formulas/prankFormula";
export { lowestFormula } from "./formulas/lowestFormula";
export { decliningFormula } from "./formulas/decliningFormula";
export { riskFormula } from "./formulas/riskFormula";
export { reasonsFormula } from "./formulas/reasonsFormula";
export { isbshFormula } from "./formulas/isbshFormula";
export { classifyFormula } from "./formulas/classifyFormula";
export { normNameFormula } from "./formulas/normNameFormula";
export { pluralFormula } from "./formulas/pluralFormula";
export { evaluateSchool, evaluationReasons, type SchoolEvaluation } from "./status/evaluateSchool";
