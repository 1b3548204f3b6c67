const LINE_HEIGHT = 13.5;
const MIN_HEIGHT = 15;

/** Excel's tallest row, in points; a very long text would need more, and shows in part. */
export const MAX_ROW_HEIGHT = 409;

/**
 * The height in points a row needs when its long texts wrap, estimated from text length and
 * column width (characters), since neither ExcelJS nor Office.js measures text for us; at most
 * {@link MAX_ROW_HEIGHT}.
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
    const perLine = charsPerLine(width, bold);
    const needed = text.split("\n").reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
    lines = Math.max(lines, needed);
  }
  return Math.min(MAX_ROW_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(lines * LINE_HEIGHT + 2)));
}

/** How many characters a line of a column `width` characters wide holds; bold text is wider. */
export function charsPerLine(width: number, bold = false): number {
  return Math.max(4, Math.floor(width * (bold ? 0.85 : 1.05)) - 1);
}

/**
 * The lines a paragraph takes when wrapped at spaces, as Excel wraps it: a word that does not fit
 * on the line begins the next one, and only a word longer than a line is cut. Counting
 * characters alone gave «Срок следующего КПК» two lines where it takes three.
 */
export function wrappedLines(paragraph: string, perLine: number): number {
  if (paragraph.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(" ")) {
    if (word.length === 0) continue;
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    const fullLines = Math.ceil(word.length / perLine) - 1; // of a word longer than a line
    lines += fullLines;
    used = word.length - fullLines * perLine;
  }
  return lines;
}
