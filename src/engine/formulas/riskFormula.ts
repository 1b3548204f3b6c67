import { RISK_LEVEL_LABELS } from "../report/labels";
import type { CellValue, RiskLevel, Status } from "../types";
import { rowStatus } from "./evaluateRow";
import { answer, type FormulaOutcome } from "./FormulaOutcome";

type Range = readonly (readonly CellValue[])[];

/** The level of risk a status means for SHNOR.RISK: ШНОР is high, the risk zone medium. */
const LEVEL_OF_STATUS: Readonly<Record<Status, RiskLevel>> = {
  shnor: "high",
  risk: "medium",
  normal: "low",
  insufficient: "na",
};

/**
 * SHNOR.RISK: «высокий» when the row meets the ШНОР rule, «средний» for the risk zone,
 * «низкий» for normal, «н/д» when the data are insufficient (SPEC 4.4, 7).
 */
export function riskFormula(
  values: Range,
  headers: Range,
  params: Range | null,
  today: string,
): FormulaOutcome<string> {
  const status = rowStatus(values, headers, params, today);
  if (!status.ok) return status;
  return answer(RISK_LEVEL_LABELS[LEVEL_OF_STATUS[status.value]]);
}
