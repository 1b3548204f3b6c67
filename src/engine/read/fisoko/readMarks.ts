import { messages } from "../../messages";
import type { SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import type { ProblemLog } from "../ProblemLog";
import type { FisokoLayout } from "./detectFisokoLayout";
import type { FisokoColumn } from "./FISOKO_COLUMNS";
import { parsePercentPoints } from "./parsePercentPoints";
import { readParticipants, takeCell } from "./takeCell";

/** A school's row of «Статистика по отметкам», converted. */
export interface MarksValues {
  readonly participants: number | null;
  /** The mean mark of the distribution: Σ mark × share / Σ share. */
  readonly mean: number | null;
  /** The share of «2», from 0 to 1. */
  readonly failShare: number | null;
}

/** The mark columns with their marks. */
export const MARK_COLUMNS: readonly (readonly [FisokoColumn, number])[] = [
  ["mark2", 2],
  ["mark3", 3],
  ["mark4", 4],
  ["mark5", 5],
];

/** The percentages of a row may miss 100 by rounding: 0,5 percent points either way. */
export const SUM_TOLERANCE = 0.5;
const EPS = 1e-9;

/**
 * Converts a school row of «Статистика по отметкам»: the participants and the distribution
 * of marks, in percent. The percentages must add up to 100 ± 0,5, else the row's mean and
 * share of «2» are left out with an error at its «2» cell; a missing percentage beside
 * others is 0. Without one of the four mark columns the mean is not computed.
 *
 * @param row The 0-based row.
 */
export function readMarks(
  sheet: SheetInput,
  layout: FisokoLayout,
  row: number,
  problems: ProblemLog,
): MarksValues {
  const participants = readParticipants(sheet, layout, row, problems);
  const shares = MARK_COLUMNS.map(([key]) =>
    takeCell(sheet, row, layout.columns.get(key), parsePercentPoints, problems, (text) =>
      messages.fisokoBadPercent(text),
    ),
  );
  const fail = shares[0] === null ? null : shares[0] / 100;
  if (shares.every((share) => share === null)) return { participants, mean: null, failShare: null };
  if (MARK_COLUMNS.some(([key]) => !layout.columns.has(key)))
    return { participants, mean: null, failShare: fail };
  const points = shares.map((share) => share ?? 0);
  const sum = points.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > SUM_TOLERANCE + EPS) {
    const first = cellAddress(row, layout.columns.get("mark2")!);
    problems.error(sheet.name, first, messages.fisokoShareSum(sum, "marks"));
    return { participants, mean: null, failShare: null };
  }
  // Dividing by the sum, not by 100, keeps rounded percentages from biasing the mean.
  const mean = MARK_COLUMNS.reduce((acc, [, mark], i) => acc + mark * points[i], 0) / sum;
  return { participants, mean, failShare: points[0] / 100 };
}
