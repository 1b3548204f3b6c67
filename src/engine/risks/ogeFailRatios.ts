import type { ResultTable } from "../read/ResultTable";

/**
 * Each school's ОГЭ fail share of year Y over the district's, both weighted by participants
 * (RF8, METHOD-NOTES 2): rows without a share or participants count in neither.
 *
 * @param schoolCount The number of schools; the result has one entry per school index.
 * @returns The ratio per school index, null for a school without ОГЭ rows of Y or when no
 *   one in the district failed.
 */
export function ogeFailRatios(
  rows: ResultTable,
  schoolCount: number,
  year: number | null,
): (number | null)[] {
  const failed = new Array<number>(schoolCount).fill(0);
  const sat = new Array<number>(schoolCount).fill(0);
  let allFailed = 0;
  let allSat = 0;
  if (year !== null) {
    const ogeOfYear = rows.where({
      series: (s) => s.procedure === "ОГЭ",
      firstYear: year,
      lastYear: year,
    });
    for (const i of ogeOfYear) {
      const share = rows.value("failShare", i);
      const n = rows.value("participants", i);
      if (share === null || n === null || n <= 0) continue;
      failed[rows.schoolAt(i)] += share * n;
      sat[rows.schoolAt(i)] += n;
      allFailed += share * n;
      allSat += n;
    }
  }
  const district = allSat > 0 ? allFailed / allSat : 0;
  return sat.map((n, i) => (n > 0 && district > 0 ? failed[i] / n / district : null));
}
