import type { ReportTable } from "./tableBlock";

/**
 * The column widths of a sheet from its tables: each sheet column takes the width of the first
 * table over it that declares one.
 *
 * @param tables The sheet's tables, the one that sizes its columns first.
 * @returns Widths in characters from column A on; a column no table sizes is a misuse.
 */
export function sheetWidths(...tables: readonly ReportTable[]): number[] {
  const widths: (number | undefined)[] = [];
  for (const table of tables)
    table.widths.forEach((width, c) => {
      widths[table.block.col + c] ??= width;
    });
  return Array.from(widths, (width, c) => {
    if (width === undefined) throw new Error(`No table sizes report column ${c}`);
    return width;
  });
}
