import type { Results } from "../../results";
import type { Problem } from "../../types";
import { problemCounts } from "../problemCounts";
import { SEVERITY_LABELS } from "../labels";
import type { ReportSheet } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";

export const PROBLEMS_SHEET = "Проблемы данных";

const HEADER_ROW = 3;

/** No number formats here: the numbers are General, as they have always been on this sheet. */
const COLUMNS: readonly ReportColumn<Problem>[] = [
  { key: "number", header: "№", value: (_, i) => i + 1, width: 5 },
  { key: "severity", header: "Важность", value: (p) => SEVERITY_LABELS[p.severity], width: 16 },
  { key: "sheet", header: "Лист", value: (p) => p.sheet, width: 14 },
  { key: "cell", header: "Ячейка", value: (p) => p.cell ?? "весь лист", width: 10 },
  { key: "message", header: "Сообщение", value: (p) => p.message, width: 90, wrap: true },
];

/** «Проблемы данных»: every error, warning and note with its sheet and cell. */
export function problemsSheet(results: Results): ReportSheet {
  const table = tableBlock(COLUMNS, results.problems, { sheet: PROBLEMS_SHEET, row: HEADER_ROW });
  return {
    name: PROBLEMS_SHEET,
    blocks: [
      ...heading(
        "Проблемы данных",
        results,
        `Всего ${results.problems.length} (${problemCounts(results.problems)})`,
      ),
      table.block,
    ],
    columnWidths: sheetWidths(table),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [],
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
