import { childMap } from "../read/childMap";
import type { ResultRow } from "../read/readResults";
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
  rows: readonly ResultRow[],
  schoolCount: number,
  year: number | null,
  settings: Settings,
): CompositeOutcome {
  const sums = new Array<number>(schoolCount).fill(0);
  const cellsUsed = new Array<number>(schoolCount).fill(0);
  if (year !== null) {
    const procedures = new Set(settings.compositeProcedures);
    // Cells in the order of their first row (the sums below add in that order), found through
    // maps nested by procedure, subject, grade and year.
    const cells: Cell[] = [];
    const index = new Map<string, Map<string, Map<number, Map<number, Cell>>>>();
    for (const r of rows) {
      if (r.year < year - 2 || r.year > year || !procedures.has(r.procedure)) continue;
      if (r.mean === null || r.participants === null || r.participants < settings.minParticipants)
        continue;
      const byYear = childMap(childMap(childMap(index, r.procedure), r.subject), r.grade ?? -1);
      let cell = byYear.get(r.year);
      if (!cell) {
        cell = { schools: [], means: [] };
        byYear.set(r.year, cell);
        cells.push(cell);
      }
      cell.schools.push(r.school);
      cell.means.push(r.mean);
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
