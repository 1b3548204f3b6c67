import { fixLookalikes } from "../../text/fixLookalikes";
import type { CellValue } from "../../types";

/**
 * The comparison form of a cell in an export's header or title block: look-alikes fixed, lower
 * case, `ё`→`е`, every run of other characters than letters and digits turned into one space.
 * Unlike header normalization, punctuation separates words: `участников(всего)` and
 * `участников (всего)` must read the same.
 *
 * @returns The text; empty for empty cells, Excel errors and percentages.
 */
export function fisokoText(value: CellValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return "";
  return fixLookalikes(value)
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
