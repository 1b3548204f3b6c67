import { STATUS_LABELS } from "../report/labels";
import type { Results, SchoolResult } from "../results";

/** The header row of SHNOR.CLASSIFY's table (SPEC 7). */
export const CLASSIFICATION_HEADER: readonly string[] = [
  "ОО",
  "Статус",
  "ШНСУ",
  "Композитный результат",
  "Причины",
];

const NOT_COMPUTED = "н/д";

function shnsuText(school: SchoolResult): string {
  return school.shnsu === null ? NOT_COMPUTED : school.shnsu ? "да" : "нет";
}

/**
 * The results as one table for a spilled formula: a header row, then one row per school in
 * the order of the ОО table, so it lines up with the user's table. Shares stay unrounded; an
 * empty cell would read as 0 in Excel, so a missing composite is «н/д».
 */
export function classificationTable(results: Results): (string | number)[][] {
  return [
    [...CLASSIFICATION_HEADER],
    ...results.schools.map((school) => [
      school.name,
      STATUS_LABELS[school.status],
      shnsuText(school),
      school.composite ?? NOT_COMPUTED,
      school.reasons.length > 0 ? school.reasons.join("; ") : "—",
    ]),
  ];
}
