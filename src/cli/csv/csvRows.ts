/** Separators a header line may use, the first winning a tie (Russian Excel saves with `;`). */
const SEPARATORS = [";", "\t", ","] as const;
// Excel writes and reads a first line `sep=;` naming the separator.
const SEPARATOR_HINT = /^sep=(.)\r?\n/;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The rows of a .csv text as RFC 4180 reads them: fields in double quotes may hold separators,
 * line breaks and doubled quotes. The separator is `;`, tab or `,`, whichever the header line
 * has most of outside quotes (or the one a first line `sep=;` names).
 */
export function* csvRows(text: string): Generator<string[]> {
  const hint = SEPARATOR_HINT.exec(text.slice(0, 8));
  let at = hint === null ? 0 : hint[0].length;
  const separator = (hint?.[1] ?? headerSeparator(text)).charCodeAt(0);
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = "";
      if (text.charCodeAt(at) === QUOTE) {
        at++;
        for (;;) {
          const quote = text.indexOf('"', at);
          // An unclosed quote takes the rest of the file, as Excel reads it.
          const end = quote < 0 ? text.length : quote;
          field += text.slice(at, end);
          at = end + 1;
          if (quote < 0 || text.charCodeAt(at) !== QUOTE) break;
          field += '"';
          at++;
        }
      }
      // After a closing quote, anything up to the separator belongs to the field (Excel's way).
      const stop = fieldEnd(text, at, separator);
      field += text.slice(Math.min(at, stop), stop);
      at = stop;
      row.push(field);
      const next = text.charCodeAt(at);
      at++;
      if (next === separator) continue;
      if (next === CR && text.charCodeAt(at) === LF) at++;
      break;
    }
    yield row;
  }
}

/** Where the unquoted part of a field ends: at a separator, a line break or the text's end. */
function fieldEnd(text: string, from: number, separator: number): number {
  let at = from;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    if (c === separator || c === LF || c === CR) break;
    at++;
  }
  return at;
}

// A title above the table has no separator: the header is looked for this far down.
const HEADER_SEARCH_LINES = 10;

/**
 * The separator the header line uses most, outside quotes: the first line that has any of them
 * (a title line above the table has none).
 */
function headerSeparator(text: string): string {
  let counts = new Map<string, number>();
  let quoted = false;
  let lines = 0;
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[at + 1] === "\n") at++;
      if (SEPARATORS.some((s) => counts.has(s)) || ++lines >= HEADER_SEARCH_LINES) break;
      counts = new Map();
    } else counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = SEPARATORS[0];
  for (const separator of SEPARATORS)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}
