/** A word or number of a normalized school name, with what stands right after it. */
export interface NameToken {
  readonly text: string;
  /** A dot follows it: `С.` of «с. Гехи» is a locality marker, `С` alone may be a preposition. */
  readonly dotted: boolean;
  /** A hyphen joins it to the next token, as in «Урус-Мартан». */
  readonly hyphened: boolean;
}

const TOKEN = /№\d+|[А-ЯA-Z]+|\d+/g;
const HYPHEN = /^\s*[-‐–—]\s*$/;

/**
 * The words and numbers of a normalized school name in order (DECISIONS A-14): `№` with its
 * digits, runs of letters, runs of digits; everything else separates them.
 *
 * @param normalized A name already normalized by `normalizeName`.
 */
export function nameTokens(normalized: string): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = -1;
  for (const match of normalized.matchAll(TOKEN)) {
    const start = match.index;
    if (tokens.length > 0) {
      const between = normalized.slice(previousEnd, start);
      const last = tokens[tokens.length - 1];
      const hyphened = HYPHEN.test(between);
      const dotted = between.startsWith(".");
      if (hyphened || dotted) tokens[tokens.length - 1] = { ...last, hyphened, dotted };
    }
    tokens.push({ text: match[0], dotted: false, hyphened: false });
    previousEnd = start + match[0].length;
  }
  const last = tokens[tokens.length - 1];
  if (last && normalized.startsWith(".", previousEnd))
    tokens[tokens.length - 1] = { ...last, dotted: true };
  return tokens;
}
