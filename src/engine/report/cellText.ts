import { xmlSafeText } from "../text/xmlSafeText";

/** The most characters an Excel cell holds (Excel's specifications and limits). */
export const CELL_TEXT_LIMIT = 32_767;

// An underscore that would start an escape such as `_x0001_` is stored as `_x005F_` (ECMA-376
// ST_Xstring), six characters more; the limit is held by the text as stored.
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;
const ESCAPE_AT = /_x[0-9A-Fa-f]{4}_/y;
const ESCAPE_GROWTH = 6;

function storedLength(text: string): number {
  if (!text.includes("_x")) return text.length;
  return text.length + ESCAPE_GROWTH * (text.match(ESCAPE_START)?.length ?? 0);
}

/**
 * A text as a report cell can hold it: without the characters XML forbids ({@link xmlSafeText})
 * and, when longer than {@link CELL_TEXT_LIMIT} as stored, cut to that length with «…» at the
 * end. Text from the user's data is as long as it is: a pasted paragraph, a message quoting it.
 *
 * @param text Any text, from the report or from the user's data.
 */
export function cellText(text: string): string {
  const safe = xmlSafeText(text);
  if (storedLength(safe) <= CELL_TEXT_LIMIT) return safe;
  // The longest start of the text that, stored, leaves room for the «…».
  let end = 0;
  for (let used = 0; end < safe.length; end++) {
    ESCAPE_AT.lastIndex = end;
    const cost = safe[end] === "_" && ESCAPE_AT.test(safe) ? 1 + ESCAPE_GROWTH : 1;
    if (used + cost > CELL_TEXT_LIMIT - 1) break;
    used += cost;
  }
  let kept = safe.slice(0, end);
  // A cut between the halves of a surrogate pair would leave a character XML cannot hold.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return kept + "…";
}
