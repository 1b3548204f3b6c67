import type { ReportColumn } from "../tableBlock";

/**
 * The «Образовательная организация» column: the school's name, wrapped.
 *
 * @param name The name of the row's school.
 * @param width Width in characters; left out where another table of the sheet sizes the column.
 */
export function schoolColumn<Item, Totals = never>(
  name: (item: Item) => string,
  width?: number,
): ReportColumn<Item, Totals> {
  return { key: "school", header: "Образовательная организация", value: name, width, wrap: true };
}
