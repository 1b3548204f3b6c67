import type { Results } from "../results";
import type { ReportModel } from "./model";
import { kpkSheet } from "./sheets/kpkSheet";
import { problemsSheet } from "./sheets/problemsSheet";
import { statusesSheet } from "./sheets/statusesSheet";

/** The report sheets in their order (SPEC 6.1); a new sheet is one builder and one entry here. */
const SHEET_BUILDERS = [statusesSheet, kpkSheet, problemsSheet];

/** Builds the report model from the results: pure data for either renderer. */
export function buildReport(results: Results): ReportModel {
  return { sheets: SHEET_BUILDERS.map((build) => build(results)) };
}
