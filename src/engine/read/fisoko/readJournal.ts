import { messages } from "../../messages";
import type { SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import type { ProblemLog } from "../ProblemLog";
import type { FisokoLayout } from "./detectFisokoLayout";
import type { FisokoColumn } from "./FISOKO_COLUMNS";
import { parsePercentPoints } from "./parsePercentPoints";
import { SUM_TOLERANCE } from "./readMarks";
import { readParticipants, takeCell } from "./takeCell";

/** A school's row of «Сравнение отметок с отметками по журналу», converted to shares. */
export interface JournalValues {
  readonly participants: number | null;
  readonly lowered: number | null;
  readonly confirmed: number | null;
  readonly raised: number | null;
}

/** The share columns of the comparison, in order. */
export const JOURNAL_COLUMNS: readonly FisokoColumn[] = ["lowered", "confirmed", "raised"];

const EPS = 1e-9;

/**
 * Converts a school row of the comparison with the journal: «Кол-во участников (всего)» and
 * the shares that lowered, confirmed and raised the journal mark. When all three are given
 * they must add up to 100 ± 0,5, else they are left out with an error at the first.
 *
 * @param row The 0-based row.
 */
export function readJournal(
  sheet: SheetInput,
  layout: FisokoLayout,
  row: number,
  problems: ProblemLog,
): JournalValues {
  const participants = readParticipants(sheet, layout, row, problems);
  const points = JOURNAL_COLUMNS.map((key) =>
    takeCell(sheet, row, layout.columns.get(key), parsePercentPoints, problems, (text) =>
      messages.fisokoBadPercent(text),
    ),
  );
  if (points.every((p) => p !== null)) {
    const sum = points.reduce((a, b) => a! + b!, 0)!;
    if (Math.abs(sum - 100) > SUM_TOLERANCE + EPS) {
      const first = cellAddress(row, layout.columns.get("lowered")!);
      problems.error(sheet.name, first, messages.fisokoShareSum(sum, "journal"));
      return { participants, lowered: null, confirmed: null, raised: null };
    }
  }
  const [lowered, confirmed, raised] = points.map((p) => (p === null ? null : p / 100));
  return { participants, lowered, confirmed, raised };
}
