import type { TextBlock } from "./model";
import type { ReportTable, TablePlace } from "./tableBlock";

/**
 * A later table's place on the same sheet: a blank row after the table before (after its total
 * row when it has one), its title, then its header.
 */
export function below(table: ReportTable): TablePlace {
  const end = table.block.total === undefined ? table.lastRow : table.lastRow + 1;
  return { sheet: table.place.sheet, row: end + 3 };
}

/** The title of a later table, on the row right above its header. */
export function tableTitle(table: ReportTable, text: string): TextBlock {
  return { kind: "text", row: table.block.row - 1, col: 0, lines: [text], style: "title" };
}
