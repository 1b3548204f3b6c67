import { fixLookalikes } from "./fixLookalikes";

const QUOTES = /[«»"“”„‟'‘’‚`]/g;
// After NFKC `№` reads `No`; `N`, `No` and repeated signs before a number become one `№`.
// A Cyrillic letter may stand right before it («СОШ№5» reads «СОШNo5»), a Latin one may not.
const NUMBER_SIGN = /(^|[^A-Za-z])(?:No|NO|no|N|№)(?:\s*(?:No|NO|no|N|№))*\.?\s*(?=\d)/g;

// Names typed in Cyrillic, ASCII, «» and № need neither NFKC nor look-alike fixing beyond
// what the rules below do; checking for that is much cheaper than normalizing.
const PLAIN = /^[\u0020-\u007e\u00ab\u00bb\u0401\u0410-\u044f\u0451\u2116]*$/;
const LATIN = /[A-Za-z]/;

const SPACE = 0x20;
const NUMBER = 0x2116; // №
const PLAIN_MAX = 1024; // longer texts are no school name: the general path, chunk-free
const YO = 0x451;
const YO_CAPITAL = 0x401;

/** Whether a character of a plain name is one of its quotes: « » " ' `. */
const isQuote = (c: number) => c === 0xab || c === 0xbb || c === 0x22 || c === 0x27 || c === 0x60;

/**
 * {@link normalizeName} of a plain name in one pass, as its rules read: `ё`→`е`, quotes removed,
 * a run of spaces and `№` with a `№` in it → `№`, other runs of spaces → one space, trimmed,
 * upper case. Every name of a sheet is normalized, and the chain of replacements cost most.
 */
function normalizePlain(name: string): string {
  const codes: number[] = [];
  let spaces = false; // a run of spaces is pending
  let number = false; // the pending run has a №
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (isQuote(c)) continue;
    if (c === SPACE || c === NUMBER) {
      spaces = true;
      if (c === NUMBER) number = true;
      continue;
    }
    if (spaces) {
      if (number) codes.push(NUMBER);
      else if (codes.length > 0) codes.push(SPACE);
      spaces = number = false;
    }
    if (c === YO || c === YO_CAPITAL)
      c = 0x415; // Е
    else if (c >= 0x430 && c <= 0x44f) c -= 0x20; // а…я → А…Я
    codes.push(c);
  }
  if (number) codes.push(NUMBER);
  return String.fromCharCode(...codes);
}

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
  if (name.length <= PLAIN_MAX && PLAIN.test(name) && !LATIN.test(name))
    return normalizePlain(name);
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
