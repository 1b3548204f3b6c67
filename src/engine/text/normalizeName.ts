import { fixLookalikes } from "./fixLookalikes";

const QUOTES = /[«»"“”„‟'‘’‚`]/g;
// After NFKC `№` reads `No`; `N`, `No` and repeated signs before a number become one `№`.
const NUMBER_SIGN = /(^|[^\p{L}])(?:No|NO|no|N|№)(?:\s*(?:No|NO|no|N|№))*\.?\s*(?=\d)/gu;

/**
 * The normalized school name of SPEC 3.3 step 1: NFKC, `ё`→`е`, look-alikes fixed, quotes
 * removed, `№` unified with no spaces around it, whitespace collapsed, upper case.
 */
export function normalizeName(name: string): string {
  return fixLookalikes(name.normalize("NFKC").replace(/ё/g, "е").replace(/Ё/g, "Е"))
    .replace(QUOTES, "")
    .replace(NUMBER_SIGN, "$1№")
    .replace(/\s*№\s*/g, "№")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}
