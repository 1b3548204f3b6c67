/**
 * The Russian plural form for a count: 1 школа, 3 школы, 5 школ, 11 школ, 21 школа.
 * Fractions take the «few» form (2,5 школы).
 *
 * @param n The count.
 * @param one Form for 1, 21, 101 … («школа»).
 * @param few Form for 2–4, 22–24 … («школы»).
 * @param many Form for 0, 5–20, 25–30 … («школ»).
 */
export function plural(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const abs = Math.abs(n);
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (last === 1 && lastTwo !== 11) return one;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}

/** The count with its noun: `countOf(3, "школа", "школы", "школ")` → «3 школы». */
export function countOf(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}
