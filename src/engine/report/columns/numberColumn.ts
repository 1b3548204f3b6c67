import { FORMATS } from "../model";
import type { ReportColumn } from "../tableBlock";

/**
 * The «№» column that numbers a table's rows from 1.
 *
 * @param width Width in characters.
 */
export function numberColumn<Item, Totals = never>(width = 5): ReportColumn<Item, Totals> {
  return { key: "number", header: "№", value: (_, i) => i + 1, width, format: FORMATS.integer };
}
