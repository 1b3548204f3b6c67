import { filledColumn } from "../filledColumn";
import type { ResultTable } from "../read/ResultTable";
import type { Settings } from "../settings";
import { midRanks } from "./midRanks";

const MIN_SCHOOLS_PER_CELL = 3;

export interface CompositeOutcome {
  /** The composite per school index, null when н/д. */
  readonly composite: (number | null)[];
  readonly cellsUsed: number[];
}

/**
 * The composite result (SPEC 4.2, DECISIONS A-27): the mean percentile rank of a school over
 * the cells (procedure, subject, grade for ВПР, year) of years Y−2…Y that have at least three
 * schools; н/д with fewer than `minCells` cells.
 */
export function composite(
  rows: ResultTable,
  schoolCount: number,
  year: number | null,
  settings: Settings,
): CompositeOutcome {
  const sums = new Array<number>(schoolCount).fill(0);
  const cellsUsed = new Array<number>(schoolCount).fill(0);
  if (year !== null) {
    const procedures = new Set(settings.compositeProcedures);
    const counted = rows.series.map((s) => procedures.has(s.procedure));
    // Each row's cell, numbered in the order of its first row (the sums below add in that
    // order), found by series and year in a table of series × the three years; then the
    // cells' means side by side in one array: no array per cell grown row by row.
    const cellOfKey = new Int32Array(rows.series.length * 3).fill(-1);
    const sizes: number[] = [];
    const { year: years, seriesId, mean, participants, school } = rows;
    const first = year - 2;
    const minParticipants = settings.minParticipants;
    // The key of a row's cell, or -1 when the row counts in none. Asked twice per row rather
    // than kept: a country has millions of rows.
    const keyOf = (i: number): number => {
      const y = years[i] - first;
      if (y < 0 || y > 2 || !counted[seriesId[i]]) return -1;
      // NaN, a missing mean or count, fails both comparisons.
      if (!(mean[i] === mean[i] && participants[i] >= minParticipants)) return -1;
      return seriesId[i] * 3 + y;
    };
    for (let i = 0; i < rows.length; i++) {
      const key = keyOf(i);
      if (key < 0) continue;
      if (cellOfKey[key] < 0) {
        cellOfKey[key] = sizes.length;
        sizes.push(0);
      }
      sizes[cellOfKey[key]]++;
    }
    const starts = new Int32Array(sizes.length + 1);
    for (let c = 0; c < sizes.length; c++) starts[c + 1] = starts[c] + sizes[c];
    const filled = starts.slice(0, sizes.length);
    const means = filledColumn(starts[sizes.length], 0);
    const schools = filledColumn(means.length, 0);
    for (let i = 0; i < rows.length; i++) {
      const key = keyOf(i);
      if (key < 0) continue;
      const at = filled[cellOfKey[key]]++;
      means[at] = mean[i];
      schools[at] = school[i];
    }
    for (let c = 0; c < sizes.length; c++) {
      if (sizes[c] < MIN_SCHOOLS_PER_CELL) continue;
      const ranks = midRanks(means.slice(starts[c], starts[c + 1]));
      for (let k = 0; k < ranks.length; k++) {
        const s = schools[starts[c] + k];
        sums[s] += ranks[k];
        cellsUsed[s]++;
      }
    }
  }
  return {
    composite: sums.map((sum, i) =>
      cellsUsed[i] >= settings.minCells && cellsUsed[i] > 0 ? sum / cellsUsed[i] : null,
    ),
    cellsUsed,
  };
}
