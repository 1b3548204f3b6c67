import { fixLookalikes } from "./fixLookalikes";

const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/gu;

/**
 * The comparison form of a header or sheet name (DECISIONS A-04): look-alikes fixed, lower
 * case, `ё`→`е`, punctuation and symbols removed (not replaced by a space), spaces collapsed.
 */
export function normalizeHeader(text: string): string {
  return fixLookalikes(text)
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(PUNCTUATION_OR_SYMBOL, "")
    .replace(/\s+/g, " ")
    .trim();
}
