import type { Results } from "../../results";
import { RISK_FACTORS } from "../../risks/riskFactors";
import { columnLetter } from "../columnLetter";
import { FILLS, RISK_LEVEL_LABELS, STATUS_LABELS } from "../labels";
import { FORMATS, type ConditionalFormat, type ReportSheet, type ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { statusOrder } from "./statusesSheet";

export const RISKS_SHEET = "Риски";

const HEADER_ROW = 3;
const FIRST_FACTOR_COL = 3;

const SOURCE_MARK = { user: "ФИОКО", data: "по данным" } as const;

/** «Риски»: schools × the 500+ risk factors, levels coloured, each with its source. */
export function risksSheet(results: Results): ReportSheet {
  const schools = [...results.schools].sort(statusOrder);
  const rows: ReportValue[][] = schools.map((s, i) => {
    const levels = RISK_FACTORS.map((f) => {
      const level = s.riskFactors[f.code];
      if (!level || level.level === "na") return "н/д";
      return `${RISK_LEVEL_LABELS[level.level]} (${SOURCE_MARK[level.source ?? "data"]})`;
    });
    const high = RISK_FACTORS.filter((f) => s.riskFactors[f.code]?.level === "high").length;
    return [i + 1, s.name, STATUS_LABELS[s.status], ...levels, high];
  });
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const range = `${columnLetter(FIRST_FACTOR_COL)}${HEADER_ROW + 2}:${columnLetter(FIRST_FACTOR_COL + RISK_FACTORS.length - 1)}${last + 1}`;
  const fills: ConditionalFormat[] = (["high", "medium", "low"] as const).map((level) => ({
    kind: "textFill",
    range,
    text: RISK_LEVEL_LABELS[level],
    fill: FILLS[level],
  }));
  const legendRow = last + 3;
  const legend: ReportValue[][] = RISK_FACTORS.map((f) => [
    f.code,
    f.label,
    f.fromData
      ? "уровень из анкет ФИОКО, иначе по данным"
      : "уровень из анкет ФИОКО (столбец на листе «ОО»)",
  ]);
  return {
    name: RISKS_SHEET,
    blocks: [
      ...heading(
        "Факторы риска проекта 500+",
        results,
        "Уровень: высокий / средний / низкий / н/д; в скобках — источник",
      ),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header: [
          "№",
          "Образовательная организация",
          "Статус",
          ...RISK_FACTORS.map((f) => f.code),
          "Высоких",
        ],
        rows,
        formats: [FORMATS.integer, null, null, ...RISK_FACTORS.map(() => null), FORMATS.integer],
        wrap: [1, ...RISK_FACTORS.map((_, i) => FIRST_FACTOR_COL + i)],
      },
      {
        kind: "table",
        row: legendRow,
        col: 0,
        header: ["Код", "Фактор риска", "Источник уровня"],
        rows: legend,
        wrap: [1, 2],
      },
    ],
    columnWidths: [6, 30, 13, ...RISK_FACTORS.map(() => 11), 10],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: fills,
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
