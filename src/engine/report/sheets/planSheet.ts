import type { KpkPlanEntry } from "../../kpk/computeKpk";
import type { Results } from "../../results";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { textFills } from "../columns/textFills";
import { FORMATS, type ReportSheet } from "../model";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";

export const PLAN_SHEET = "План КПК";

const HEADER_ROW = 3;

const STATE_LABELS = {
  none: "курсов нет",
  overdue: "срок истёк",
  soon: "в горизонте плана",
} as const;

const COLUMNS: readonly ReportColumn<KpkPlanEntry>[] = [
  numberColumn(),
  schoolColumn((p) => p.schoolName, 30),
  { key: "fio", header: "ФИО", value: (p) => p.fio, width: 30 },
  { key: "position", header: "Должность", value: (p) => p.position ?? "—", width: 24, wrap: true },
  {
    key: "lastCourse",
    header: "Последний курс (от 16 ч)",
    value: (p) => p.lastCourse ?? "—",
    width: 40,
    wrap: true,
  },
  {
    key: "lastEnd",
    header: "Дата окончания",
    value: (p) => (p.lastEnd === null ? "—" : { date: p.lastEnd }),
    width: 12,
    format: FORMATS.date,
  },
  {
    key: "due",
    header: "Срок следующего КПК",
    value: (p) => (p.due === null ? "сейчас" : { date: p.due }),
    width: 13,
    format: FORMATS.date,
  },
  {
    key: "state",
    header: "Состояние",
    value: (p) => STATE_LABELS[p.state],
    width: 18,
    fill: textFills([
      [STATE_LABELS.overdue, PALETTE.high],
      [STATE_LABELS.none, PALETTE.high],
      [STATE_LABELS.soon, PALETTE.medium],
    ]),
  },
];

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
  const table = tableBlock(COLUMNS, plan, { sheet: PLAN_SHEET, row: HEADER_ROW });
  const months = results.settings.kpkPlanMonths;
  const note =
    results.kpkPlan.length === 0
      ? "Лист «Педагоги» не найден или все педагоги прошли КПК с запасом: план пуст"
      : `Срок следующего КПК — дата окончания последнего курса от ${results.settings.kpkMinHours} ч + ${results.settings.kpkYears} года; горизонт плана — ${months} мес.`;
  return {
    name: PLAN_SHEET,
    blocks: [...heading("План повышения квалификации", results, note), table.block],
    columnWidths: sheetWidths(table),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: table.conditionalFormats,
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
