import type { Results, SchoolResult } from "../../results";
import type { VprFlag } from "../../vpr/vprObjectivity";
import { numberColumn } from "../columns/numberColumn";
import { schoolColumn } from "../columns/schoolColumn";
import { FORMATS, type Block, type ReportSheet } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";
import { sheetWidths } from "../sheetWidths";
import { tableBlock, type ReportColumn } from "../tableBlock";

export const VPR_SHEET = "Объективность ВПР";

const HEADER_ROW = 3;

const COLUMNS: readonly ReportColumn<VprFlag>[] = [
  numberColumn(),
  schoolColumn((f) => f.school, 30),
  { key: "subject", header: "Предмет", value: (f) => f.subject, width: 16 },
  { key: "grade", header: "Класс", value: (f) => f.grade, width: 8, format: FORMATS.integer },
  {
    key: "mean",
    header: "Средняя отметка",
    value: (f) => f.mean,
    width: 10,
    format: FORMATS.decimal2,
  },
  {
    key: "lowered",
    header: "Понизили",
    value: (f) => f.lowered,
    width: 11,
    format: FORMATS.percent,
  },
  {
    key: "confirmed",
    header: "Подтвердили",
    value: (f) => f.confirmed,
    width: 15,
    format: FORMATS.percent,
  },
  { key: "raised", header: "Повысили", value: (f) => f.raised, width: 11, format: FORMATS.percent },
  {
    key: "reasons",
    header: "Основание",
    value: (f) => f.reasons.join("; "),
    width: 34,
    wrap: true,
  },
  { key: "label", header: "Вывод", value: (f) => f.label, width: 26, wrap: true },
];

/** A school of the region's list in one of its years. */
interface ListedYear {
  readonly school: string;
  readonly entry: SchoolResult["officialVprList"][number];
}

/** The region's list, under the signals; its columns take the widths of the table above. */
const LIST_COLUMNS: readonly ReportColumn<ListedYear>[] = [
  schoolColumn((l) => l.school),
  { key: "year", header: "Год", value: (l) => l.entry.year, format: FORMATS.integer },
  {
    key: "markers",
    header: "Маркеры",
    value: (l) => l.entry.markers.join(", ") || "в списке",
    wrap: true,
  },
  { key: "source", header: "Источник", value: (l) => l.entry.source },
];

/** «Объективность ВПР»: the flagged rows, worded as signals for checking (SPEC 4.5). */
export function vprSheet(results: Results): ReportSheet {
  const table = tableBlock(COLUMNS, results.vprObjectivity, { sheet: VPR_SHEET, row: HEADER_ROW });
  const note =
    results.vprObjectivity.length === 0
      ? `В ${results.year ?? "отчётном"} году признаков не выявлено (или нет данных сравнения с отметками по журналу)`
      : "Сигнал для проверки, а не вывод о нарушении: сопоставьте с отметками по журналу и результатами ОГЭ/ЕГЭ школы";
  const listed = results.schools.flatMap((s) =>
    s.officialVprList.map((entry): ListedYear => ({ school: s.name, entry })),
  );
  const list = tableBlock(LIST_COLUMNS, listed, {
    sheet: VPR_SHEET,
    row: table.lastRow + 4,
    col: 1,
  });
  const regional: Block[] =
    listed.length === 0
      ? []
      : [
          {
            kind: "text",
            row: list.block.row - 2,
            col: 0,
            lines: [
              "Региональный список школ с признаками необъективности (по данным региона, отдельно от сигналов выше)",
            ],
            style: "title",
          },
          list.block,
        ];
  return {
    name: VPR_SHEET,
    blocks: [
      ...heading("Признаки необъективности результатов ВПР", results, note),
      table.block,
      ...regional,
    ],
    columnWidths: sheetWidths(table, list),
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [],
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
