import type { ResultTable } from "../read/ResultTable";
import type { Settings } from "../settings";
import { midRanks } from "./midRanks";

const MIN_SCHOOLS_PER_CELL = 3;

/** The schools of one cell and their means, in row order. */
interface Cell {
  readonly schools: number[];
  readonly means: number[];
}

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
    // Cells in the order of their first row (the sums below add in that order), found by
    // series and year as one number (a year has four digits).
    const cells: Cell[] = [];
    const index = new Map<number, Cell>();
    const { year: years, seriesId, mean, participants, school } = rows;
    for (let i = 0; i < rows.length; i++) {
      const y = years[i];
      if (y < year - 2 || y > year || !counted[seriesId[i]]) continue;
      // NaN, a missing mean or count, fails both comparisons.
      if (!(mean[i] === mean[i] && participants[i] >= settings.minParticipants)) continue;
      const key = seriesId[i] * 10_000 + y;
      let cell = index.get(key);
      if (!cell) {
        cell = { schools: [], means: [] };
        index.set(key, cell);
        cells.push(cell);
      }
      cell.schools.push(school[i]);
      cell.means.push(mean[i]);
    }
    for (const cell of cells) {
      if (cell.schools.length < MIN_SCHOOLS_PER_CELL) continue;
      const ranks = midRanks(cell.means);
      cell.schools.forEach((school, i) => {
        sums[school] += ranks[i];
        cellsUsed[school]++;
      });
    }
  }
  return {
    composite: sums.map((sum, i) =>
      cellsUsed[i] >= settings.minCells && cellsUsed[i] > 0 ? sum / cellsUsed[i] : null,
    ),
    cellsUsed,
  };
}
