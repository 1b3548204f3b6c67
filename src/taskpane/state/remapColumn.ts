import type { SheetMapping } from "../../engine";

/**
 * The mapping after the user chose a column for a field on one sheet. A column feeds one
 * field only, so a field that had this column before loses it.
 *
 * @param mapping The mapping of every sheet.
 * @param sheet The sheet whose mapping changes.
 * @param field The field key, e.g. `teachers`.
 * @param column The 0-based column, or `null` for «не использовать».
 */
export function remapColumn(
  mapping: readonly SheetMapping[],
  sheet: string,
  field: string,
  column: number | null,
): SheetMapping[] {
  return mapping.map((m) => {
    if (m.sheet !== sheet) return m;
    const columns: Record<string, number> = {};
    for (const [key, col] of Object.entries(m.columns)) {
      if (key !== field && col !== column) columns[key] = col;
    }
    if (column !== null) columns[field] = column;
    return { ...m, columns };
  });
}
