import type { ColumnFill } from "../tableBlock";

/**
 * Fills of a column's cells by the text they contain, in the order Excel applies them.
 *
 * @param fills Pairs of a text and its fill colour (AARRGGBB).
 */
export function textFills(fills: readonly (readonly [text: string, fill: string])[]): ColumnFill[] {
  return fills.map(([text, fill]) => ({ kind: "textFill", text, fill }));
}
