import type { Results } from "../results";
import type { ReportModel } from "./model";
import { kpkSheet } from "./sheets/kpkSheet";
import { noteSheet } from "./sheets/noteSheet";
import { planSheet } from "./sheets/planSheet";
import { problemsSheet } from "./sheets/problemsSheet";
import { risksSheet } from "./sheets/risksSheet";
import { statusesSheet } from "./sheets/statusesSheet";
import { summarySheet } from "./sheets/summarySheet";
import { vprSheet } from "./sheets/vprSheet";

/** The report sheets in their order (SPEC 6.1); a new sheet is one builder and one entry here. */
const SHEET_BUILDERS = [
  summarySheet,
  statusesSheet,
  kpkSheet,
  planSheet,
  risksSheet,
  vprSheet,
  noteSheet,
  problemsSheet,
];

/** Builds the report model from the results: pure data for either renderer. */
export function buildReport(results: Results): ReportModel {
  return { sheets: SHEET_BUILDERS.map((build) => build(results)) };
}
