import type { ProblemCode, ProblemText } from "../messages";
import type { Problem, Severity } from "../types";

/** A problem said through the catalogue: its code is one of the catalogue's. */
export type LoggedProblem = Problem & ProblemText<ProblemCode>;

/** Collects problems in the order they are found (DECISIONS A-60). */
export class ProblemLog {
  readonly items: LoggedProblem[] = [];

  /** @returns The problem's place in {@link items}, for {@link revise}. */
  add(
    severity: Severity,
    sheet: string,
    cell: string | null,
    said: ProblemText<ProblemCode>,
  ): number {
    return this.items.push({ severity, sheet, cell, code: said.code, message: said.message }) - 1;
  }

  /** Rewords a problem already recorded, in its place: a count known only at the sheet's end. */
  revise(at: number, said: ProblemText<ProblemCode>): void {
    this.items[at] = { ...this.items[at], code: said.code, message: said.message };
  }

  error(sheet: string, cell: string | null, said: ProblemText<ProblemCode>): void {
    this.add("error", sheet, cell, said);
  }

  warning(sheet: string, cell: string | null, said: ProblemText<ProblemCode>): void {
    this.add("warning", sheet, cell, said);
  }

  info(sheet: string, cell: string | null, said: ProblemText<ProblemCode>): void {
    this.add("info", sheet, cell, said);
  }
}
