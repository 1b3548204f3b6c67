const LINE_HEIGHT = 13.5;
const MIN_HEIGHT = 15;

/**
 * The height in points a row needs when its long texts wrap, estimated from text length and
 * column width (characters), since neither ExcelJS nor Office.js measures text for us.
 *
 * @param texts The texts of the wrapping cells with the widths of their columns.
 * @param bold Bold text (headers) is wider.
 */
export function rowHeight(
  texts: readonly { readonly text: string; readonly width: number }[],
  bold = false,
): number {
  let lines = 1;
  for (const { text, width } of texts) {
    const perLine = Math.max(4, Math.floor(width * (bold ? 0.85 : 1.05)) - 1);
    const needed = text
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return Math.max(MIN_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 2));
}
