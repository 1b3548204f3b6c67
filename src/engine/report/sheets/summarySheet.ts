import { PALETTE } from "../PALETTE";
import { isoDate } from "../../format/formatDate";
import { dayFromIso } from "../../format/dayMath";
import type { Results } from "../../results";
import { NUMERIC_SETTINGS } from "../../settings";
import { sheetColumnRange } from "../columnLetter";
import { STATUS_LABELS, STATUS_ORDER } from "../labels";
import { FORMATS, type ReportSheet, type ReportValue } from "../model";
import { heading } from "../sheetTitle";

export const SUMMARY_SHEET = "Сводка";

const HEADLINE_ROW = 3;

/** «Сводка»: headline numbers, the statuses chart, the settings used and the method version. */
export function summarySheet(results: Results): ReportSheet {
  const t = results.totals;
  const problems = (severity: string) =>
    results.problems.filter((p) => p.severity === severity).length;
  const headline: ReportValue[][] = [
    ["Образовательных организаций", t.schools, null],
    ["ШНОР", t.status.shnor, null],
    ["Зона риска", t.status.risk, null],
    [
      "ШНСУ",
      results.isbshSource === null ? "н/д" : t.shnsu,
      results.isbshSource === null ? "нет показателей ИСБШ" : null,
    ],
    [
      "ШНОР + ШНСУ",
      results.schools.filter((s) => s.status === "shnor" && s.shnsu === true).length,
      null,
    ],
    ["Прошли КПК, чел.", t.kpk.completed, `из ${t.kpk.total}`],
    ["Доля прошедших КПК (по району)", t.kpk.share, "Σ прошедших / Σ педагогов"],
    ["Признаки необъективности ВПР", results.vprObjectivity.length, "требуется проверка"],
    [
      "Расхождения с официальным статусом",
      results.schools.filter((s) => s.officialAgrees === false).length,
      null,
    ],
    ["Проблемы данных: ошибки", problems("error"), null],
    ["Проблемы данных: предупреждения", problems("warning"), null],
  ];
  // A blank row after each table, then the next table's title right above its header.
  const statusRow = HEADLINE_ROW + headline.length + 3;
  const statusRows: ReportValue[][] = STATUS_ORDER.map((s) => [STATUS_LABELS[s], t.status[s]]);
  const settingsRow = statusRow + statusRows.length + 3;
  const settings: ReportValue[][] = [
    ["Методика", results.methodVersion, "версия методики"],
    ["Отчётный год", results.year, "последний год в данных, если не задан"],
    ["Дата расчёта КПК", { date: isoDate(dayFromIso(results.asOf)) }, "asOf"],
    [
      "Процедуры композитного результата",
      results.settings.compositeProcedures.join(", "),
      "compositeProcedures",
    ],
    ...NUMERIC_SETTINGS.map((s): ReportValue[] => [s.label, results.settings[s.key], s.basis]),
    ...Object.entries(results.references).map(([code, r]): ReportValue[] => [
      `Эталон ${code}`,
      r?.value ?? "н/д",
      r === null
        ? "нет данных"
        : r.source === "regional"
          ? "региональное значение (Параметры)"
          : "среднее по району (муниципальное)",
    ]),
  ];
  const settingFormats = settings.map((row, i) =>
    i >= 4 && i < 4 + NUMERIC_SETTINGS.length && NUMERIC_SETTINGS[i - 4].kind === "share"
      ? FORMATS.percent
      : null,
  );
  return {
    name: SUMMARY_SHEET,
    blocks: [
      ...heading("Сводка по образовательным организациям", results),
      {
        kind: "table",
        row: HEADLINE_ROW,
        col: 0,
        header: ["Показатель", "Значение", "Примечание"],
        rows: headline,
        formats: [null, null, null],
      },
      { kind: "text", row: statusRow - 1, col: 0, lines: ["Школы по статусам"], style: "title" },
      {
        kind: "table",
        row: statusRow,
        col: 0,
        header: ["Статус", "Школ"],
        rows: statusRows,
        formats: [null, FORMATS.integer],
      },
      { kind: "text", row: settingsRow - 1, col: 0, lines: ["Параметры расчёта"], style: "title" },
      {
        kind: "table",
        row: settingsRow,
        col: 0,
        header: ["Параметр", "Значение", "Основание"],
        rows: settings,
        wrap: [0, 2],
      },
    ],
    columnWidths: [44, 14, 48],
    freezeRows: 0,
    conditionalFormats: [],
    charts: [
      {
        type: "pie",
        title: "Школы по статусам",
        categories: sheetColumnRange(
          SUMMARY_SHEET,
          0,
          statusRow + 1,
          statusRow + statusRows.length,
        ),
        values: sheetColumnRange(SUMMARY_SHEET, 1, statusRow + 1, statusRow + statusRows.length),
        seriesName: "Школ",
        anchor: { row: HEADLINE_ROW, col: 3, width: 6, height: 16 },
        colors: [PALETTE.shnor, PALETTE.risk, PALETTE.normal, PALETTE.insufficient].map((c) =>
          c.slice(2),
        ),
      },
    ],
    print: { orientation: "landscape", fitToWidth: true },
    cellFormats: [
      { row: HEADLINE_ROW + 7, col: 1, format: FORMATS.percent },
      ...settingFormats.flatMap((f, i) =>
        f ? [{ row: settingsRow + 1 + i, col: 1, format: f }] : [],
      ),
      { row: settingsRow + 3, col: 1, format: FORMATS.date },
    ],
  };
}
