import type { ResultRow } from "../read/readResults";
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
export function composite(rows: readonly ResultRow[], schoolCount: number, year: number | null, settings: Settings): CompositeOutcome {
  const sums = new Array<number>(schoolCount).fill(0);
  const cellsUsed = new Array<number>(schoolCount).fill(0);
  if (year !== null) {
    const procedures = new Set(settings.compositeProcedures);
    const cells = new Map<string, { schools: number[]; means: number[] }>();
    for (const r of rows) {
      if (r.year < year - 2 || r.year > year || !procedures.has(r.procedure)) continue;
      if (r.mean === null || r.participants === null || r.participants < settings.minParticipants) continue;
      const key = `${r.procedure}\u0000${r.subject}\u0000${r.grade ?? ""}\u0000${r.year}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { schools: [], means: [] }));
      cell.schools.push(r.school);
      cell.means.push(r.mean);
    }
    for (const cell of cells.values()) {
      if (cell.schools.length < MIN_SCHOOLS_PER_CELL) continue;
      const ranks = midRanks(cell.means);
      cell.schools.forEach((school, i) => {
        sums[school] += ranks[i];
        cellsUsed[school]++;
      });
    }
  }
  return {
    composite: sums.map((sum, i) => (cellsUsed[i] >= settings.minCells && cellsUsed[i] > 0 ? sum / cellsUsed[i] : null)),
    cellsUsed,
  };
}
