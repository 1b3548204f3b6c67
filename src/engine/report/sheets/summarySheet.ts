import { isoDate } from "../../format/formatDate";
import { dayFromIso } from "../../format/dayMath";
import type { Results } from "../../results";
import { formatPercent } from "../../format/formatNumber";
import { REFERENCE_INDICATORS } from "../../indicators/INDICATORS";
import { NUMERIC_SETTINGS, OTHER_SETTINGS } from "../../settings";
import { territoryOf } from "../note/buildNote";
import { officialDifferences } from "../officialDifferences";
import { below, tableTitle } from "../stackedTables";
import { STATUS_LABELS, STATUS_ORDER } from "../labels";
import { FORMATS, type ReportSheet, type ReportValue } from "../model";
import { PALETTE } from "../PALETTE";
import { heading } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";

export const SUMMARY_SHEET = "Сводка";

const HEADLINE_ROW = 3;
const NO_DATA = "нет данных";

/** A line of a two-way table: what, its value, and a note or basis. */
type SummaryLine = readonly [label: string, value: ReportValue, note: ReportValue];
type StatusCount = readonly [status: string, schools: number];

/** The line of the headline table whose value is a share: «Доля прошедших КПК (по району)». */
const KPK_SHARE_LINE = 6;
/** The line of the settings table whose value is a date: «Дата расчёта КПК». */
const KPK_DATE_LINE = 2;

const HEADLINE_COLUMNS: readonly ReportColumn<SummaryLine>[] = [
  { key: "label", header: "Показатель", value: ([label]) => label, width: 44, format: null },
  { key: "value", header: "Значение", value: ([, value]) => value, width: 14, format: null },
  { key: "note", header: "Примечание", value: ([, , note]) => note, width: 48, format: null },
];

const STATUS_COLUMNS: readonly ReportColumn<StatusCount>[] = [
  { key: "status", header: "Статус", value: ([status]) => status },
  { key: "count", header: "Школ", value: ([, count]) => count, format: FORMATS.integer },
];

const SETTINGS_COLUMNS: readonly ReportColumn<SummaryLine>[] = [
  { key: "label", header: "Параметр", value: ([label]) => label, wrap: true },
  { key: "value", header: "Значение", value: ([, value]) => value },
  { key: "note", header: "Основание", value: ([, , note]) => note, wrap: true },
];

/** «Сводка»: headline numbers, the statuses chart, the settings used and the method version. */
export function summarySheet(results: Results): ReportSheet {
  const t = results.totals;
  const problems = (severity: string) =>
    results.problems.filter((p) => p.severity === severity).length;
  // Without Результаты a count of statuses would read as «none found»: it is «нет данных» (B-01).
  const noResults = results.missingInputs.includes("results");
  const byStatus = (value: number): SummaryLine[1] => (noResults ? NO_DATA : value);
  const statusNote = noResults ? "нет результатов процедур" : null;
  const noKpk = t.kpk.share === null;
  const headline: SummaryLine[] = [
    ["Образовательных организаций", t.schools, null],
    ["ШНОР", byStatus(t.status.shnor), statusNote],
    ["Зона риска", byStatus(t.status.risk), statusNote],
    [
      "ШНСУ",
      results.isbshSource === null ? "н/д" : byStatus(t.shnsu),
      results.isbshSource === null ? "нет показателей ИСБШ" : statusNote,
    ],
    [
      "ШНОР + ШНСУ",
      results.isbshSource === null
        ? "н/д"
        : byStatus(results.schools.filter((s) => s.status === "shnor" && s.shnsu === true).length),
      results.isbshSource === null ? "нет показателей ИСБШ" : statusNote,
    ],
    [
      "Прошли КПК, чел.",
      noKpk ? NO_DATA : t.kpk.completed,
      noKpk ? "нет педагогов и курсов" : `из ${t.kpk.total}`,
    ],
    ["Доля прошедших КПК (по району)", noKpk ? NO_DATA : t.kpk.share, "Σ прошедших / Σ педагогов"],
    [
      "Признаки необъективности ВПР",
      noResults && results.fisokoSheets.length === 0 ? NO_DATA : results.vprObjectivity.length,
      noResults && results.fisokoSheets.length === 0 ? "нет результатов ВПР" : "требуется проверка",
    ],
    [
      "Расхождения с официальным статусом",
      byStatus(officialDifferences(results).length),
      statusNote,
    ],
    ["Проблемы данных: ошибки", problems("error"), null],
    ["Проблемы данных: предупреждения", problems("warning"), null],
  ];
  const headlineTable = tableBlock(HEADLINE_COLUMNS, headline, {
    sheet: SUMMARY_SHEET,
    row: HEADLINE_ROW,
  });
  const statusCounts = STATUS_ORDER.map((s): StatusCount => [STATUS_LABELS[s], t.status[s]]);
  const statusTable = tableBlock(STATUS_COLUMNS, statusCounts, below(headlineTable));
  const fixed: SummaryLine[] = [
    ["Методика", results.methodVersion, "версия методики"],
    [OTHER_SETTINGS.year.label, results.year, OTHER_SETTINGS.year.basis],
    [OTHER_SETTINGS.territory.label, territoryOf(results) ?? "—", OTHER_SETTINGS.territory.basis],
    [
      OTHER_SETTINGS.asOf.label,
      { date: isoDate(dayFromIso(results.asOf)) },
      OTHER_SETTINGS.asOf.basis,
    ],
    [
      OTHER_SETTINGS.compositeProcedures.label,
      results.settings.compositeProcedures.join(", "),
      OTHER_SETTINGS.compositeProcedures.basis,
    ],
  ];
  const settings: SummaryLine[] = [
    ...fixed,
    // Shares in words (DECISIONS B-07): «4,1 %» in the protocol, not 0,041.
    ...NUMERIC_SETTINGS.map((s): SummaryLine => {
      const value = results.settings[s.key];
      return [s.label, s.kind === "share" ? formatPercent(value) : value, s.basis];
    }),
    ...REFERENCE_INDICATORS.map(({ code, procedure, subject, field }): SummaryLine => {
      const r = results.references[code] ?? null;
      const what = field === "failShare" ? "доля не преодолевших порог" : "средний балл";
      const value = r === null ? "н/д" : field === "failShare" ? formatPercent(r.value) : r.value;
      return [
        `Эталон для ${code}: ${procedure}, ${subject}, ${what}`,
        value,
        r === null
          ? "нет данных"
          : r.source === "regional"
            ? "региональное значение (Параметры)"
            : "среднее по району (муниципальное)",
      ];
    }),
  ];
  const settingsTable = tableBlock(SETTINGS_COLUMNS, settings, below(statusTable));
  return {
    name: SUMMARY_SHEET,
    blocks: [
      ...heading("Сводка по образовательным организациям", results),
      headlineTable.block,
      tableTitle(statusTable, "Школы по статусам"),
      statusTable.block,
      tableTitle(settingsTable, "Параметры расчёта"),
      settingsTable.block,
    ],
    columnWidths: sheetWidths(headlineTable, statusTable, settingsTable),
    freezeRows: 0,
    conditionalFormats: [],
    charts: [
      {
        type: "pie",
        title: "Школы по статусам",
        categories: statusTable.chartRange("status"),
        values: statusTable.chartRange("count"),
        seriesName: "Школ",
        anchor: { row: HEADLINE_ROW, col: 3, width: 6, height: 16 },
        colors: STATUS_ORDER.map((s) => PALETTE[s].slice(2)),
      },
    ],
    print: { orientation: "landscape", fitToWidth: true },
    cellFormats: [
      { row: headlineTable.firstRow + KPK_SHARE_LINE, col: 1, format: FORMATS.percent },
      ...NUMERIC_SETTINGS.flatMap((setting, i) =>
        setting.kind === "share"
          ? [{ row: settingsTable.firstRow + fixed.length + i, col: 1, format: FORMATS.percent }]
          : [],
      ),
      { row: settingsTable.firstRow + KPK_DATE_LINE, col: 1, format: FORMATS.date },
    ],
  };
}
