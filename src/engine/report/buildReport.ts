import { ProblemLog } from "../read/ProblemLog";
import { messages } from "../messages";
import type { Results } from "../results";
import { fitCellTexts } from "./fitCellTexts";
import type { ReportModel } from "./model";
import { kpkSheet } from "./sheets/kpkSheet";
import { noteSheet } from "./sheets/noteSheet";
import { planSheet } from "./sheets/planSheet";
import { PROBLEMS_SHEET, problemsSheet } from "./sheets/problemsSheet";
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

/**
 * Builds the report model from the results: pure data for either renderer. Every text fits a
 * cell; a text cut to fit is noted on «Проблемы данных» with its sheet and cell.
 */
export function buildReport(results: Results): ReportModel {
  const { sheets, cuts } = fitCellTexts(SHEET_BUILDERS.map((build) => build(results)));
  if (cuts.length === 0) return { sheets };
  // Notes, not warnings: the data and every figure are whole, only a cell shows less. They come
  // after the problems of the data, whose cells (some of them among the cut) keep their places.
  const log = new ProblemLog();
  for (const cut of cuts)
    log.info(cut.sheet, cut.cell, messages.cellTextCut(cut.length, cut.start));
  const noted = problemsSheet({ ...results, problems: [...results.problems, ...log.items] });
  const [problems] = fitCellTexts([noted]).sheets;
  return { sheets: sheets.map((sheet) => (sheet.name === PROBLEMS_SHEET ? problems : sheet)) };
}
