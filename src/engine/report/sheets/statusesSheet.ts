import { INDICATORS } from "../../indicators/INDICATORS";
import type { Results, SchoolResult } from "../../results";
import { columnRange } from "../columnLetter";
import { FILLS, metMark, STATUS_LABELS, STATUS_ORDER } from "../labels";
import { FORMATS, type ConditionalFormat, type ReportSheet, type ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";

export const STATUSES_SHEET = "Статусы ОО";

const HEADER_ROW = 3;

/** ШНОР + ШНСУ first, then by status, then by composite from the lowest (SPEC 6.1). */
export function statusOrder(a: SchoolResult, b: SchoolResult): number {
  const byStatus = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  const vulnerable = Number(b.shnsu === true) - Number(a.shnsu === true);
  if (vulnerable !== 0) return vulnerable;
  if (a.composite === null || b.composite === null)
    return a.composite === null ? (b.composite === null ? a.row - b.row : 1) : -1;
  return a.composite - b.composite || a.row - b.row;
}

function shnsuText(school: SchoolResult): string {
  return school.shnsu === null ? "н/д" : school.shnsu ? "ШНСУ" : "—";
}

function highFactors(school: SchoolResult): string {
  return Object.entries(school.riskFactors)
    .filter(([, f]) => f.level === "high")
    .map(([code]) => code)
    .join(", ");
}

/** The region's list of signs of non-objective ВПР results: `2025: 4 РУ, 5 МА`, or «—». */
export function regionalList(school: SchoolResult): string {
  if (school.officialVprList.length === 0) return "—";
  return school.officialVprList
    .map((e) => `${e.year}: ${e.markers.join(", ") || "в списке"}`)
    .join("; ");
}

/** «Статусы ОО»: one row per school with its status, indicators and reasons. */
export function statusesSheet(results: Results): ReportSheet {
  const schools = [...results.schools].sort(statusOrder);
  const header = [
    "№",
    "Образовательная организация",
    "Статус",
    "ШНСУ",
    "Композитный результат",
    ...INDICATORS.map((i) => i.code),
    "Причины",
    "Доля педагогов с КПК",
    "Факторы риска «высокий»",
    "Официальный статус",
    "Региональный список ВПР",
  ];
  const rows: ReportValue[][] = schools.map((s, i) => [
    i + 1,
    s.name,
    s.status === "shnor" && s.shnsu === true ? "ШНОР + ШНСУ" : STATUS_LABELS[s.status],
    shnsuText(s),
    s.composite,
    ...INDICATORS.map((ind) => metMark(s.indicators[ind.code].met)),
    s.reasons.length > 0 ? s.reasons.join("; ") : "—",
    s.kpk.share,
    highFactors(s) || "—",
    s.official ?? "—",
    regionalList(s),
  ]);
  const last = HEADER_ROW + rows.length;
  const statusColumn = columnRange(2, HEADER_ROW + 1, Math.max(last, HEADER_ROW + 1));
  const fills: ConditionalFormat[] = [
    { kind: "textFill", range: statusColumn, text: "ШНОР", fill: FILLS.shnor },
    { kind: "textFill", range: statusColumn, text: STATUS_LABELS.risk, fill: FILLS.risk },
    { kind: "textFill", range: statusColumn, text: STATUS_LABELS.normal, fill: FILLS.normal },
    {
      kind: "textFill",
      range: statusColumn,
      text: STATUS_LABELS.insufficient,
      fill: FILLS.insufficient,
    },
  ];
  const indicatorCols = INDICATORS.map(() => 6);
  return {
    name: STATUSES_SHEET,
    blocks: [
      ...heading(
        "Статусы образовательных организаций",
        results,
        "✓ — показатель выполнен, — — не выполнен, н/д — нет данных",
      ),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header,
        rows,
        formats: [
          FORMATS.integer,
          null,
          null,
          null,
          FORMATS.share4,
          ...INDICATORS.map(() => null),
          null,
          FORMATS.percent,
          null,
          null,
          null,
        ],
        wrap: [1, 5 + INDICATORS.length, 7 + INDICATORS.length, 9 + INDICATORS.length],
      },
    ],
    columnWidths: [5, 34, 16, 8, 15, ...indicatorCols, 60, 12, 14, 16, 16],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: fills,
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
