import type { KpkPlanEntry } from "../../kpk/computeKpk";
import type { Results } from "../../results";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { textFills } from "../columns/textFills";
import { FORMATS, type ReportSheet } from "../model";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { below, tableTitle } from "../stackedTables";
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

/** How many persons of a school the plan names, by post and by urgency. */
interface PlanCount {
  readonly school: string;
  heads: number;
  teachers: number;
  /** Courses out of date or none at all: due now. */
  now: number;
  /** Due within the plan's horizon. */
  soon: number;
}

const sum = (counts: readonly PlanCount[], key: "heads" | "teachers" | "now" | "soon") =>
  counts.reduce((n, c) => n + c[key], 0);

const COUNT_COLUMNS: readonly ReportColumn<PlanCount, readonly PlanCount[]>[] = [
  numberColumn(),
  { ...schoolColumn((c) => c.school, 30), total: () => "Итого" },
  ...(
    [
      ["heads", "Руководящие, чел."],
      ["teachers", "Педагогические, чел."],
      ["now", "Срок истёк или курсов нет"],
      ["soon", "Срок наступит в горизонте плана"],
    ] as const
  ).map(([key, header]): ReportColumn<PlanCount, readonly PlanCount[]> => ({
    key,
    header,
    value: (c) => c[key],
    width: key === "heads" || key === "teachers" ? 24 : key === "now" ? 40 : 12,
    format: FORMATS.integer,
    total: (counts) => sum(counts, key),
  })),
];

/** The plan's persons counted per school, in the order of ОО. */
function planCounts(plan: readonly KpkPlanEntry[]): PlanCount[] {
  const bySchool = new Map<number, PlanCount>();
  for (const p of plan) {
    let count = bySchool.get(p.school);
    if (count === undefined)
      bySchool.set(
        p.school,
        (count = { school: p.schoolName, heads: 0, teachers: 0, now: 0, soon: 0 }),
      );
    if (p.head) count.heads++;
    else count.teachers++;
    if (p.state === "soon") count.soon++;
    else count.now++;
  }
  return [...bySchool.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

/**
 * «План КПК»: first how many persons each school must send, by post and urgency, with a total;
 * then the persons overdue or due within the horizon, by school (SPEC 4.1). The only sheet with
 * teachers' names (SPEC 8).
 */
export function planSheet(results: Results): ReportSheet {
  const plan = [...results.kpkPlan].sort(
    (a, b) =>
      a.school - b.school ||
      (a.due ?? "").localeCompare(b.due ?? "") ||
      a.fio.localeCompare(b.fio, "ru"),
  );
  const counts = planCounts(plan);
  const countTable = tableBlock(
    COUNT_COLUMNS,
    counts,
    { sheet: PLAN_SHEET, row: HEADER_ROW },
    counts,
  );
  const table = tableBlock(COLUMNS, plan, below(countTable));
  const months = results.settings.kpkPlanMonths;
  const note =
    results.kpkPlan.length === 0
      ? "Лист «Педагоги» не найден или все педагоги прошли КПК с запасом: план пуст"
      : `Срок следующего КПК — дата окончания последнего курса от ${results.settings.kpkMinHours} ч + ${results.settings.kpkYears} года; горизонт плана — ${months} мес.`;
  return {
    name: PLAN_SHEET,
    blocks: [
      ...heading("План повышения квалификации", results, note),
      countTable.block,
      tableTitle(table, "Педагоги, которым нужны курсы"),
      table.block,
    ],
    columnWidths: sheetWidths(table, countTable),
    freezeRows: 0,
    conditionalFormats: table.conditionalFormats,
    charts: [],
    // The names' header is repeated on each printed page: the counts fit the first.
    print: landscapeWithHeader(table.block.row),
  };
}
