import { fixLookalikes } from "./fixLookalikes";

const QUOTES = /[«»"“”„‟'‘’‚`]/g;
// After NFKC `№` reads `No`; `N`, `No` and repeated signs before a number become one `№`.
// A Cyrillic letter may stand right before it («СОШ№5» reads «СОШNo5»), a Latin one may not.
const NUMBER_SIGN = /(^|[^A-Za-z])(?:No|NO|no|N|№)(?:\s*(?:No|NO|no|N|№))*\.?\s*(?=\d)/g;

// Names typed in Cyrillic, ASCII, «» and № need neither NFKC nor look-alike fixing beyond
// what the rules below do; checking for that is much cheaper than normalizing.
const PLAIN = /^[\u0020-\u007e\u00ab\u00bb\u0401\u0410-\u044f\u0451\u2116]*$/;
const LATIN = /[A-Za-z]/;

function normalizeOnce(name: string): string {
  const withSign = name.normalize("NFKC").replace(QUOTES, "").replace(NUMBER_SIGN, "$1№");
  return fixLookalikes(withSign.replace(/ё/g, "е").replace(/Ё/g, "Е"))
    .replace(/\s*№\s*/g, "№")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();
}

/**
 * The normalized school name of SPEC 3.3 step 1: NFKC, `ё`→`е`, look-alikes fixed, quotes
 * removed, `№` unified with no spaces around it, whitespace collapsed, upper case. Applying it
 * again changes nothing.
 */
export function normalizeName(name: string): string {
  if (PLAIN.test(name) && !LATIN.test(name)) {
    return name
      .replace(/ё/g, "е")
      .replace(/Ё/g, "Е")
      .replace(QUOTES, "")
      .replace(/\s*№(?:\s*№)*\s*/g, "№")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase();
  }
  // One step can expose another (a look-alike fixed next to `N`, upper case after NFKC):
  // repeat until nothing changes, which takes two or three steps at most.
  let current = normalizeOnce(name);
  for (let i = 0; i < 4; i++) {
    const next = normalizeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
