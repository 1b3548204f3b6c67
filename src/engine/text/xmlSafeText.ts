// What the Char production of XML 1.0 leaves out: the C0 controls but tab, LF and CR, U+FFFE and
// U+FFFF, and a surrogate standing alone (with the u flag a pair is one code point, a lone half
// is matched), which has no UTF-8 form at all.
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
// eslint-disable-next-line no-control-regex -- the same set, tested without the global state
const HAS_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * The text without the characters XML 1.0 forbids, so that every part written from it is
 * well-formed. A control character in the user's data (Excel keeps one as `_x0001_`) means
 * nothing to a reader of the report and is dropped, the same in cells, charts and the Справка.
 *
 * @param text Any text, from the report or from the user's data.
 */
export function xmlSafeText(text: string): string {
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, "") : text;
}
