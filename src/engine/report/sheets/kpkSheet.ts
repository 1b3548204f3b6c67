import type { KpkCount } from "../../kpk/pooledShare";
import type { KpkTotals, Results, SchoolKpkResult, SchoolResult } from "../../results";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { countOf } from "../../format/plural";
import { kpkGroups, type KpkGroup } from "../kpkGroups";
import { FORMATS, type Block, type ChartSpec, type ReportSheet, type ReportValue } from "../model";
import { below, tableTitle } from "../stackedTables";
import { PALETTE } from "../PALETTE";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn, type ReportTable, type TablePlace } from "../tableBlock";

export const KPK_SHEET = "КПК";

const HEADER_ROW = 3;

type Counts = SchoolKpkResult | KpkTotals;

/** A figure of the heads/teachers split; all three are empty without the split. */
const part =
  (group: "heads" | "teachers", figure: keyof KpkCount) =>
  (counts: Counts): ReportValue =>
    counts[group].total === undefined ? null : (counts[group][figure] ?? null);

/**
 * The persons Педагоги lists: heads and teachers together, so that the split adds up to it. It
 * may differ from the headcount of ОО, which the share uses; both are shown then.
 */
const listed = (counts: Counts): ReportValue =>
  counts.heads.total === undefined || counts.teachers.total === undefined
    ? null
    : counts.heads.total + counts.teachers.total;

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
  kpkColumn("listed", "В списке «Педагоги»", 14, FORMATS.integer, listed),
  ...groupColumns("heads", "Руководящие", 16),
  ...groupColumns("teachers", "Педагогические", 19),
  {
    key: "source",
    header: "Источник",
    value: (s) => (s.kpk.source === null ? "нет данных" : `лист «${s.kpk.source}»`),
    width: 15,
  },
];

const GROUP_FIGURES = new Set(["staff", "completed", "share"]);
const GROUP_TABLE_KEYS = new Set(["number", "school", ...GROUP_FIGURES]);

// A group's figures are its total row's, in the columns of the schools' tables below them,
// whose widths they share.
const GROUP_COLUMNS: readonly ReportColumn<KpkGroup>[] = [
  { key: "group", header: "Группа школ", value: (g) => g.title, width: 36, wrap: true },
  ...COLUMNS.filter((c) => GROUP_FIGURES.has(c.key)).map(
    ({ key, header, width, format, total }): ReportColumn<KpkGroup> => ({
      key,
      header,
      width,
      format,
      value: (g) => total!(g.totals),
    }),
  ),
  {
    key: "schools",
    header: "Школ",
    value: (g) => g.schools.length,
    width: 12,
    format: FORMATS.integer,
  },
];

/** A group's table of schools, with the group's own pooled total row. */
function groupTable(group: KpkGroup, place: TablePlace): ReportTable {
  // Seed 000's table: the school, how many passed and the share; the district's table above
  // has the split and the bars. Its total is the group's, said so: «Итого» alone is the district's.
  const columns = COLUMNS.filter((c) => GROUP_TABLE_KEYS.has(c.key)).map(({ fill: _fill, ...c }) =>
    c.key === "school" ? { ...c, total: () => `Итого: ${group.title.toLowerCase()}` } : c,
  );
  return tableBlock(columns, group.schools, place, group.totals);
}

/** The share chart of a sheet, below its last table on a page of its own. */
function shareChart(
  title: string,
  categories: string,
  values: string,
  items: number,
  row: number,
): ChartSpec {
  return {
    type: "bar",
    title,
    categories,
    values,
    seriesName: "Доля прошедших КПК",
    percent: true,
    anchor: { row, col: 1, width: 7, height: Math.max(16, Math.ceil(items * 1.3) + 4) },
  };
}

/**
 * «КПК»: as seed 000's table, every school with staff, completed, share and the split by post
 * (which adds up to the persons Педагоги lists; the share uses the headcount of ОО, and both
 * are shown), the pooled district total and the chart by school; then, on a page of its own, the
 * groups of DECISIONS B-09: a table of the groups with their pooled totals, and each group's
 * schools with the group's own total row (the computed ШНОР, the 500+ project, the rest).
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
  const chart =
    schools === 0
      ? null
      : shareChart(
          "Доля педагогов, прошедших КПК, по школам",
          table.chartRange("school"),
          table.chartRange("share"),
          schools,
          last + 3,
        );
  const groupsRow = chart === null ? last + 4 : chart.anchor.row + chart.anchor.height + 3;
  const groups = kpkGroups(results);
  const grouped = groups.length > 1 ? groupSection(groups, groupsRow) : null;
  return {
    name: KPK_SHEET,
    blocks: [
      ...heading(
        "Повышение квалификации руководящих и педагогических работников",
        results,
        "Итог — доля от общей численности (Σ прошедших / Σ педагогов)",
      ),
      table.block,
      ...(grouped?.blocks ?? []),
    ],
    columnWidths: sheetWidths(table, ...(grouped?.tables ?? [])),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [table, ...(grouped?.tables ?? [])].flatMap((t) => t.conditionalFormats),
    charts: chart === null ? [] : [chart],
    print: landscapeWithHeader(HEADER_ROW),
    pageBreaks: [...(schools > 0 ? [last + 2] : []), ...(grouped ? [groupsRow - 2] : [])],
  };
}

/** The groups' table and each group's schools with its own total, from a row on. */
function groupSection(
  groups: readonly KpkGroup[],
  row: number,
): { blocks: Block[]; tables: ReportTable[] } {
  const summary = tableBlock(GROUP_COLUMNS, groups, { sheet: KPK_SHEET, row, col: 1 });
  const blocks: Block[] = [tableTitle(summary, "КПК по группам школ"), summary.block];
  const tables: ReportTable[] = [summary];
  let previous = summary;
  for (const group of groups.filter((g) => g.key !== "district")) {
    const table = groupTable(group, below(previous));
    const count = countOf(group.schools.length, "школа", "школы", "школ");
    blocks.push(tableTitle(table, `${group.title}: ${count}`), table.block);
    tables.push(table);
    previous = table;
  }
  return { blocks, tables };
}
