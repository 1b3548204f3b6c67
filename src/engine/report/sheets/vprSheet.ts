import type { Results } from "../../results";
import { FORMATS, type Block, type ReportSheet, type ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";

export const VPR_SHEET = "Объективность ВПР";

const HEADER_ROW = 3;

/** «Объективность ВПР»: the flagged rows, worded as signals for checking (SPEC 4.5). */
export function vprSheet(results: Results): ReportSheet {
  const rows: ReportValue[][] = results.vprObjectivity.map((f, i) => [
    i + 1,
    f.school,
    f.subject,
    f.grade,
    f.mean,
    f.lowered,
    f.confirmed,
    f.raised,
    f.reasons.join("; "),
    f.label,
  ]);
  const note =
    rows.length === 0
      ? `В ${results.year ?? "отчётном"} году признаков не выявлено (или нет данных сравнения с отметками по журналу)`
      : "Сигнал для проверки, а не вывод о нарушении: сопоставьте с отметками по журналу и результатами ОГЭ/ЕГЭ школы";
  const listed = results.schools.filter((s) => s.officialVprList.length > 0);
  const listRow = HEADER_ROW + Math.max(rows.length, 1) + 4;
  const listRows: ReportValue[][] = listed.flatMap((s) =>
    s.officialVprList.map((e): ReportValue[] => [
      s.name,
      e.year,
      e.markers.join(", ") || "в списке",
      e.source,
    ]),
  );
  const regional: Block[] =
    listRows.length === 0
      ? []
      : [
          {
            kind: "text",
            row: listRow - 2,
            col: 0,
            lines: [
              "Региональный список школ с признаками необъективности (по данным региона, отдельно от сигналов выше)",
            ],
            style: "title",
          },
          {
            kind: "table",
            row: listRow,
            col: 1,
            header: ["Образовательная организация", "Год", "Маркеры", "Источник"],
            rows: listRows,
            formats: [null, FORMATS.integer, null, null],
            wrap: [0, 2],
          },
        ];
  return {
    name: VPR_SHEET,
    blocks: [
      ...heading("Признаки необъективности результатов ВПР", results, note),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header: [
          "№",
          "Образовательная организация",
          "Предмет",
          "Класс",
          "Средняя отметка",
          "Понизили",
          "Подтвердили",
          "Повысили",
          "Основание",
          "Вывод",
        ],
        rows,
        formats: [
          FORMATS.integer,
          null,
          null,
          FORMATS.integer,
          FORMATS.decimal2,
          FORMATS.percent,
          FORMATS.percent,
          FORMATS.percent,
          null,
          null,
        ],
        wrap: [1, 8, 9],
      },
      ...regional,
    ],
    columnWidths: [5, 30, 16, 8, 10, 11, 15, 11, 34, 26],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [],
    charts: [],
    print: landscapeWithHeader(HEADER_ROW),
  };
}
