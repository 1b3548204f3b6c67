import type { SchoolKey } from "../text/schoolKey";

// Below this likeness a school is no hint: «№2 ГЕХИ» and «№2 УРУС-МАРТАН» share only the number.
const LEAST_LIKENESS = 0.5;

/**
 * What of a key a user can misspell: the number, the proper name and the locality. The number
 * goes without its «№», which nearly every school has: its pairs would make every school alike.
 */
function signature(key: SchoolKey): string {
  return [key.number, key.proper, key.locality].filter((part) => part !== null).join(" ");
}

/** The distinct letter pairs of a text, its ends marked by a space: «ГЕХИ» → « Г», «ГЕ» … «И ». */
function bigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < padded.length; i++) pairs.add(padded.slice(i, i + 2));
  return pairs;
}

/**
 * The schools whose keys look most like a name that matched none, for the hint «возможно: …»
 * (DECISIONS B-04): the likeness is Dice's coefficient of the letter pairs of the number,
 * proper name and locality, so «Алхозурово» finds «Алхазурово». Built when a first name fails.
 */
export class SchoolHints {
  private readonly sizes: number[] = [];
  private readonly schoolsOf = new Map<string, number[]>();
  private shared: Int32Array | null = null;

  constructor(keys: readonly SchoolKey[]) {
    keys.forEach((key, index) => {
      const pairs = signature(key) === "" ? new Set<string>() : bigrams(signature(key));
      this.sizes.push(pairs.size);
      for (const pair of pairs) {
        const list = this.schoolsOf.get(pair);
        if (list) list.push(index);
        else this.schoolsOf.set(pair, [index]);
      }
    });
  }

  /**
   * @param key The key of the unmatched name.
   * @param limit At most this many schools.
   * @returns School indexes, the likest first (ties in sheet order); empty when none is alike.
   */
  closest(key: SchoolKey, limit: number): number[] {
    const text = signature(key);
    if (text === "") return [];
    const pairs = bigrams(text);
    // A count per school in one typed array, cleared after: a Map of the thousands of schools
    // that share a pair with the name cost milliseconds per name in a country.
    const shared = (this.shared ??= new Int32Array(this.sizes.length));
    const touched: number[] = [];
    for (const pair of pairs)
      for (const index of this.schoolsOf.get(pair) ?? [])
        if (shared[index]++ === 0) touched.push(index);
    const alike: { index: number; likeness: number }[] = [];
    for (const index of touched) {
      const likeness = (2 * shared[index]) / (pairs.size + this.sizes[index]);
      if (likeness >= LEAST_LIKENESS) alike.push({ index, likeness });
      shared[index] = 0;
    }
    return alike
      .sort((a, b) => b.likeness - a.likeness || a.index - b.index)
      .slice(0, limit)
      .map((a) => a.index);
  }
}
