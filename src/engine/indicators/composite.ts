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
    const cells = rows.cells({
      series: (s) => procedures.has(s.procedure),
      firstYear: year - 2,
      lastYear: year,
      present: "mean",
      minParticipants: settings.minParticipants,
    });
    for (let c = 0; c < cells.count; c++) {
      const first = cells.starts[c];
      if (cells.starts[c + 1] - first < MIN_SCHOOLS_PER_CELL) continue;
      const ranks = midRanks(rows.cellValues("mean", cells, c));
      for (let k = 0; k < ranks.length; k++) {
        const s = rows.schoolAt(cells.rows[first + k]);
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
