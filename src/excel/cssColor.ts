/**
 * A colour as Office.js takes it.
 *
 * @param color The model's colour, `RRGGBB` or `AARRGGBB` (ExcelJS's ARGB).
 * @returns `#RRGGBB`.
 */
export function cssColor(color: string): string {
  return `#${color.length === 8 ? color.slice(2) : color}`;
}
