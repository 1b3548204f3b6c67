import { INDICATORS, type Indicator } from "../../indicators/INDICATORS";
import type { Results, SchoolResult } from "../../results";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { textFills } from "../columns/textFills";
import { metMark, STATUS_LABELS, STATUS_ORDER } from "../labels";
import { FORMATS, type ReportSheet } from "../model";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { below, tableTitle } from "../stackedTables";
import { tableBlock, type ReportColumn } from "../tableBlock";

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

/** The columns of «Статусы ОО», one indicator column per entry of INDICATORS. */
const COLUMNS: readonly ReportColumn<SchoolResult>[] = [
  numberColumn(),
  schoolColumn((s) => s.name, 34),
  {
    key: "status",
    header: "Статус",
    value: (s) =>
      s.status === "shnor" && s.shnsu === true ? "ШНОР + ШНСУ" : STATUS_LABELS[s.status],
    width: 16,
    // «Недостаточно данных» is longer than the column: it wraps instead of being cut.
    wrap: true,
    // «ШНОР» also fills «ШНОР + ШНСУ».
    fill: textFills([
      ["ШНОР", PALETTE.shnor],
      [STATUS_LABELS.risk, PALETTE.risk],
      [STATUS_LABELS.normal, PALETTE.normal],
      [STATUS_LABELS.insufficient, PALETTE.insufficient],
    ]),
  },
  { key: "shnsu", header: "ШНСУ", value: shnsuText, width: 8 },
  {
    key: "composite",
    header: "Композитный результат",
    value: (s) => s.composite,
    width: 15,
    format: FORMATS.share4,
  },
  // The code leads, a few words say what it is; the legend below gives the whole wording.
  ...INDICATORS.map((indicator): ReportColumn<SchoolResult> => ({
    key: indicator.code,
    header: `${indicator.code} ${indicator.short}`,
    value: (s) => metMark(s.indicators[indicator.code].met),
    // Not 9: ExcelJS leaves out a column of its default width, and the add-in would differ.
    width: 10,
  })),
  {
    key: "reasons",
    header: "Причины",
    value: (s) => (s.reasons.length > 0 ? s.reasons.join("; ") : "—"),
    width: 60,
    wrap: true,
  },
  {
    key: "kpkShare",
    header: "Доля педагогов с КПК",
    value: (s) => s.kpk.share,
    width: 12,
    format: FORMATS.percent,
  },
  {
    key: "highFactors",
    header: "Факторы риска «высокий»",
    value: (s) => highFactors(s) || "—",
    width: 14,
    wrap: true,
  },
  { key: "official", header: "Официальный статус", value: (s) => s.official ?? "—", width: 16 },
  {
    key: "regionalVpr",
    header: "Региональный список ВПР",
    value: regionalList,
    width: 16,
    wrap: true,
  },
];

const LEGEND_COLUMNS: readonly ReportColumn<Indicator>[] = [
  { key: "code", header: "Код", value: (i) => i.code },
  { key: "label", header: "Показатель", value: (i) => i.label, wrap: true },
];

/** «Статусы ОО»: one row per school with its status, indicators and reasons. */
export function statusesSheet(results: Results): ReportSheet {
  const table = tableBlock(COLUMNS, [...results.schools].sort(statusOrder), {
    sheet: STATUSES_SHEET,
    row: HEADER_ROW,
  });
  const legend = tableBlock(LEGEND_COLUMNS, INDICATORS, below(table));
  return {
    name: STATUSES_SHEET,
    blocks: [
      ...heading(
        "Статусы образовательных организаций",
        results,
        "✓ — показатель выполнен, — — не выполнен, н/д — нет данных",
      ),
      table.block,
      tableTitle(legend, "Показатели"),
      legend.block,
    ],
    columnWidths: sheetWidths(table),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: table.conditionalFormats,
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
