import { PALETTE } from "../PALETTE";
import type { Results } from "../../results";
import { columnRange, sheetColumnRange } from "../columnLetter";

import { FORMATS, type ReportSheet, type ReportValue } from "../model";
import { heading, landscapeWithHeader } from "../sheetTitle";

export const KPK_SHEET = "КПК";

const HEADER_ROW = 3;

const part = (count: {
  completed?: number;
  total?: number;
  share?: number | null;
}): ReportValue[] =>
  count.total === undefined
    ? [null, null, null]
    : [count.total, count.completed ?? null, count.share ?? null];

/**
 * «КПК»: per school, as seed 000's table: staff, completed, share; the heads/teachers split;
 * the pooled total row (Σ completed / Σ staff, never the mean of shares).
 */
export function kpkSheet(results: Results): ReportSheet {
  const header = [
    "№",
    "Образовательная организация",
    "Численность педагогов",
    "Кол-во чел., прошедших КПК",
    "Доля прошедших КПК",
    "Руководящие: всего",
    "Руководящие: прошли",
    "Руководящие: доля",
    "Педагогические: всего",
    "Педагогические: прошли",
    "Педагогические: доля",
    "Источник",
  ];
  const rows: ReportValue[][] = results.schools.map((s, i) => [
    i + 1,
    s.name,
    s.kpk.total,
    s.kpk.completed,
    s.kpk.share,
    ...part(s.kpk.heads),
    ...part(s.kpk.teachers),
    s.kpk.source === null ? "нет данных" : `лист «${s.kpk.source}»`,
  ]);
  const t = results.totals.kpk;
  const total: ReportValue[] = [
    null,
    "Итого",
    t.total,
    t.completed,
    t.share,
    ...part(t.heads),
    ...part(t.teachers),
    null,
  ];
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  return {
    name: KPK_SHEET,
    blocks: [
      ...heading(
        "Повышение квалификации руководящих и педагогических работников",
        results,
        "Итог — доля от общей численности (Σ прошедших / Σ педагогов)",
      ),
      {
        kind: "table",
        row: HEADER_ROW,
        col: 0,
        header,
        rows,
        total,
        formats: [
          FORMATS.integer,
          null,
          FORMATS.integer,
          FORMATS.integer,
          FORMATS.percent,
          FORMATS.integer,
          FORMATS.integer,
          FORMATS.percent,
          FORMATS.integer,
          FORMATS.integer,
          FORMATS.percent,
          null,
        ],
        wrap: [1],
      },
    ],
    columnWidths: [5, 36, 15, 13, 12, 16, 16, 16, 19, 19, 19, 15],
    freezeRows: HEADER_ROW + 1,
    conditionalFormats: [
      { kind: "dataBar", range: columnRange(4, first, last), color: PALETTE.bar },
    ],
    charts:
      rows.length === 0
        ? []
        : [
            {
              type: "bar",
              title: "Доля педагогов, прошедших КПК, по школам",
              categories: sheetColumnRange(KPK_SHEET, 1, first, last),
              values: sheetColumnRange(KPK_SHEET, 4, first, last),
              seriesName: "Доля прошедших КПК",
              percent: true,
              anchor: {
                row: last + 3,
                col: 1,
                width: 7,
                height: Math.max(16, Math.ceil(rows.length * 1.3) + 4),
              },
            },
          ],
    print: landscapeWithHeader(HEADER_ROW),
    pageBreaks: rows.length > 0 ? [last + 2] : [],
  };
}
