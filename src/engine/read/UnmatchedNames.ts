import type { NameRows, ProblemCode, ProblemText } from "../messages";
import type { Severity } from "../types";
import type { ProblemLog } from "./ProblemLog";

/** How a name's problem is worded, given its rows. */
export type SayUnmatched = (rows: NameRows) => ProblemText<ProblemCode>;

interface Group {
  readonly at: number;
  readonly say: SayUnmatched;
  readonly cells: string[];
  count: number;
}

// Enough cells to find the rows; the count says how many there are.
const CELLS_SHOWN = 3;

/**
 * Rows whose school name found no school, or several, on one sheet: one problem per distinct
 * name as written, recorded at its first row and counted to the end (DECISIONS B-04), so that
 * a misspelt name on 39 rows is one problem that says 39, not 39 problems.
 */
export class UnmatchedNames {
  private readonly groups = new Map<string, Group>();

  constructor(
    private readonly sheet: string,
    private readonly severity: Severity,
    private readonly problems: ProblemLog,
  ) {}

  /**
   * A row of a name; its first row records the problem, later rows are counted.
   *
   * @param name The name as written (with whatever else makes the problem another one).
   * @param say Called once with one row, and again at {@link finish} when there are more.
   */
  note(name: string, cell: string, say: SayUnmatched): void {
    const group = this.groups.get(name);
    if (group) {
      group.count++;
      if (group.cells.length < CELLS_SHOWN) group.cells.push(cell);
      return;
    }
    const at = this.problems.add(this.severity, this.sheet, cell, say({ count: 1, cells: [cell] }));
    this.groups.set(name, { at, say, cells: [cell], count: 1 });
  }

  /** Rewords the problems of names written on several rows with their count. */
  finish(): void {
    for (const { at, say, cells, count } of this.groups.values())
      if (count > 1) this.problems.revise(at, say({ count, cells }));
  }
}
