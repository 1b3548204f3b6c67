import type { KpkCount } from "../../kpk/pooledShare";
import type { KpkTotals, Results, SchoolKpkResult, SchoolResult } from "../../results";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { FORMATS, type ReportSheet, type ReportValue } from "../model";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";

export const KPK_SHEET = "КПК";

const HEADER_ROW = 3;

type Counts = SchoolKpkResult | KpkTotals;

/** A figure of the heads/teachers split; all three are empty without the split. */
const part =
  (group: "heads" | "teachers", figure: keyof KpkCount) =>
  (counts: Counts): ReportValue =>
    counts[group].total === undefined ? null : (counts[group][figure] ?? null);

/** A column of КПК figures: a school's from its counts, the total row's from the pooled ones. */
function kpkColumn(
  key: string,
  header: string,
  width: number,
  format: string,
  figure: (counts: Counts) => ReportValue,
): ReportColumn<SchoolResult, KpkTotals> {
  return { key, header, value: (s) => figure(s.kpk), width, format, total: figure };
}

/** The three columns of one group of the split: всего, прошли, доля. */
function groupColumns(
  group: "heads" | "teachers",
  title: string,
  width: number,
): ReportColumn<SchoolResult, KpkTotals>[] {
  const { integer, percent } = FORMATS;
  return [
    kpkColumn(`${group}Total`, `${title}: всего`, width, integer, part(group, "total")),
    kpkColumn(`${group}Completed`, `${title}: прошли`, width, integer, part(group, "completed")),
    kpkColumn(`${group}Share`, `${title}: доля`, width, percent, part(group, "share")),
  ];
}

const COLUMNS: readonly ReportColumn<SchoolResult, KpkTotals>[] = [
  numberColumn(),
  { ...schoolColumn((s) => s.name, 36), total: () => "Итого" },
  kpkColumn("staff", "Численность педагогов", 15, FORMATS.integer, (k) => k.total),
  kpkColumn("completed", "Кол-во чел., прошедших КПК", 13, FORMATS.integer, (k) => k.completed),
  {
    ...kpkColumn("share", "Доля прошедших КПК", 12, FORMATS.percent, (k) => k.share),
    fill: [{ kind: "dataBar", color: PALETTE.bar }],
  },
  ...groupColumns("heads", "Руководящие", 16),
  ...groupColumns("teachers", "Педагогические", 19),
  {
    key: "source",
    header: "Источник",
    value: (s) => (s.kpk.source === null ? "нет данных" : `лист «${s.kpk.source}»`),
    width: 15,
  },
];

/**
 * «КПК»: per school, as seed 000's table: staff, completed, share; the heads/teachers split;
 * the pooled total row (Σ completed / Σ staff, never the mean of shares).
 */
export function kpkSheet(results: Results): ReportSheet {
  const table = tableBlock(
    COLUMNS,
    results.schools,
    { sheet: KPK_SHEET, row: HEADER_ROW },
    results.totals.kpk,
  );
  const schools = results.schools.length;
  const last = table.lastRow;
  return {
    name: KPK_SHEET,
    blocks: [
      ...heading(
        "Повышение квалификации руководящих и педагогических работников",
        results,
        "Итог — доля от общей численности (Σ прошедших / Σ педагогов)",
      ),
      table.block,
    ],
    columnWidths: sheetWidths(table),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: table.conditionalFormats,
    charts:
      schools === 0
        ? []
        : [
            {
              type: "bar",
              title: "Доля педагогов, прошедших КПК, по школам",
              categories: table.chartRange("school"),
              values: table.chartRange("share"),
              seriesName: "Доля прошедших КПК",
              percent: true,
              anchor: {
                row: last + 3,
                col: 1,
                width: 7,
                height: Math.max(16, Math.ceil(schools * 1.3) + 4),
              },
            },
          ],
    print: landscapeWithHeader(HEADER_ROW),
    pageBreaks: schools > 0 ? [last + 2] : [],
  };
}
