import type { Results, SchoolResult } from "../../results";
import { RISK_FACTORS, type RiskFactor } from "../../risks/riskFactors";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { textFills } from "../columns/textFills";
import { RISK_LEVEL_LABELS, STATUS_LABELS } from "../labels";
import { FORMATS, type ReportSheet } from "../model";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";
import { statusOrder } from "./statusesSheet";

export const RISKS_SHEET = "Риски";

const HEADER_ROW = 3;

const SOURCE_MARK = { user: "ФИОКО", data: "по данным" } as const;

/** One list for all factor columns, so the levels are coloured by three rules over all of them. */
const LEVEL_FILLS = textFills(
  (["high", "medium", "low"] as const).map((level) => [RISK_LEVEL_LABELS[level], PALETTE[level]]),
);

/** A factor's level with its source, `высокий (ФИОКО)`, or «н/д». */
function levelText(school: SchoolResult, factor: RiskFactor): string {
  const level = school.riskFactors[factor.code];
  if (!level || level.level === "na") return "н/д";
  return `${RISK_LEVEL_LABELS[level.level]} (${SOURCE_MARK[level.source ?? "data"]})`;
}

const COLUMNS: readonly ReportColumn<SchoolResult>[] = [
  numberColumn(6),
  schoolColumn((s) => s.name, 30),
  { key: "status", header: "Статус", value: (s) => STATUS_LABELS[s.status], width: 13 },
  ...RISK_FACTORS.map((factor): ReportColumn<SchoolResult> => ({
    key: factor.code,
    header: factor.code,
    value: (s) => levelText(s, factor),
    width: 11,
    wrap: true,
    fill: LEVEL_FILLS,
  })),
  {
    key: "high",
    header: "Высоких",
    value: (s) => RISK_FACTORS.filter((f) => s.riskFactors[f.code]?.level === "high").length,
    width: 10,
    format: FORMATS.integer,
  },
];

/** The legend under the table; its columns take the widths of the table's. */
const LEGEND_COLUMNS: readonly ReportColumn<RiskFactor>[] = [
  { key: "code", header: "Код", value: (f) => f.code },
  { key: "label", header: "Фактор риска", value: (f) => f.label, wrap: true },
  {
    key: "source",
    header: "Источник уровня",
    value: (f) =>
      f.fromData
        ? "уровень из анкет ФИОКО, иначе по данным"
        : "уровень из анкет ФИОКО (столбец на листе «ОО»)",
    wrap: true,
  },
];

/** «Риски»: schools × the 500+ risk factors, levels coloured, each with its source. */
export function risksSheet(results: Results): ReportSheet {
  const table = tableBlock(COLUMNS, [...results.schools].sort(statusOrder), {
    sheet: RISKS_SHEET,
    row: HEADER_ROW,
  });
  const legend = tableBlock(LEGEND_COLUMNS, RISK_FACTORS, {
    sheet: RISKS_SHEET,
    row: table.lastRow + 3,
  });
  return {
    name: RISKS_SHEET,
    blocks: [
      ...heading(
        "Факторы риска проекта 500+",
        results,
        "Уровень: высокий / средний / низкий / н/д; в скобках — источник",
      ),
      table.block,
      legend.block,
    ],
    columnWidths: sheetWidths(table, legend),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: table.conditionalFormats,
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
