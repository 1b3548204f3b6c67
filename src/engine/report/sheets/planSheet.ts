import { PALETTE } from "../PALETTE";
import type { Results } from "../../results";
import { columnRange } from "../columnLetter";

import { FORMATS, type ReportSheet, type ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";

export const PLAN_SHEET = "План КПК";

const HEADER_ROW = 3;

const STATE_LABELS = {
  none: "курсов нет",
  overdue: "срок истёк",
  soon: "в горизонте плана",
} as const;

/**
 * «План КПК»: persons overdue or due within the horizon, by school (SPEC 4.1). The only sheet
 * with teachers' names (SPEC 8).
 */
export function planSheet(results: Results): ReportSheet {
  const plan = [...results.kpkPlan].sort(
    (a, b) =>
      a.school - b.school ||
      (a.due ?? "").localeCompare(b.due ?? "") ||
      a.fio.localeCompare(b.fio, "ru"),
  );
  const rows: ReportValue[][] = plan.map((p, i) => [
    i + 1,
    p.schoolName,
    p.fio,
    p.position ?? "—",
    p.lastCourse ?? "—",
    p.lastEnd === null ? "—" : { date: p.lastEnd },
    p.due === null ? "сейчас" : { date: p.due },
    STATE_LABELS[p.state],
  ]);
  const months = results.settings.kpkPlanMonths;
  const note =
    results.kpkPlan.length === 0
      ? "Лист «Педагоги» не найден или все педагоги прошли КПК с запасом: план пуст"
      : `Срок следующего КПК — дата окончания последнего курса от ${results.settings.kpkMinHours} ч + ${results.settings.kpkYears} года; горизонт плана — ${months} мес.`;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const stateColumn = columnRange(7, HEADER_ROW + 1, last);
  return {
    name: PLAN_SHEET,
    blocks: [
      ...heading("План повышения квалификации", results, note),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header: [
          "№",
          "Образовательная организация",
          "ФИО",
          "Должность",
          "Последний курс (от 16 ч)",
          "Дата окончания",
          "Срок следующего КПК",
          "Состояние",
        ],
        rows,
        formats: [FORMATS.integer, null, null, null, null, FORMATS.date, FORMATS.date, null],
        wrap: [1, 3, 4],
      },
    ],
    columnWidths: [5, 30, 30, 24, 40, 12, 13, 18],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [
      { kind: "textFill", range: stateColumn, text: STATE_LABELS.overdue, fill: PALETTE.high },
      { kind: "textFill", range: stateColumn, text: STATE_LABELS.none, fill: PALETTE.high },
      { kind: "textFill", range: stateColumn, text: STATE_LABELS.soon, fill: PALETTE.medium },
    ],
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
