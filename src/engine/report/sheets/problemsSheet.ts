import type { Results } from "../../results";
import { SEVERITY_LABELS } from "../labels";
import type { ReportSheet, ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";

export const PROBLEMS_SHEET = "Проблемы данных";

const HEADER_ROW = 3;

/** «Проблемы данных»: every error, warning and note with its sheet and cell. */
export function problemsSheet(results: Results): ReportSheet {
  const rows: ReportValue[][] = results.problems.map((p, i) => [
    i + 1,
    SEVERITY_LABELS[p.severity],
    p.sheet,
    p.cell ?? "весь лист",
    p.message,
  ]);
  const counts = (["error", "warning", "info"] as const).map(
    (s) =>
      `${SEVERITY_LABELS[s].toLowerCase()}: ${results.problems.filter((p) => p.severity === s).length}`,
  );
  return {
    name: PROBLEMS_SHEET,
    blocks: [
      ...heading(
        "Проблемы данных",
        results,
        `Всего ${results.problems.length} (${counts.join(", ")})`,
      ),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header: ["№", "Важность", "Лист", "Ячейка", "Сообщение"],
        rows,
        wrap: [4],
      },
    ],
    columnWidths: [5, 16, 14, 10, 90],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [],
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
