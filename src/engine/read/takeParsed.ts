import { messages, type ProblemCode, type ProblemText } from "../messages";
import { cellAddress } from "./cellAddress";
import type { Parsed } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";

/**
 * The value of a parse outcome, or null: a missing cell is silent, an Excel error is a warning
 * (DECISIONS A-12) and an invalid value an error with `invalid`'s message (A-11), both at the
 * cell. The address is built only for a problem: most cells are fine, and sheets are long.
 *
 * @param col The 0-based column; undefined when the sheet has no such column.
 */
export function takeParsed<T>(
  parsed: Parsed<T>,
  problems: ProblemLog,
  sheet: string,
  row: number,
  col: number | undefined,
  invalid: (text: string) => ProblemText<ProblemCode>,
): T | null {
  switch (parsed.kind) {
    case "ok":
      return parsed.value;
    case "missing":
      return null;
    case "excelError":
      problems.warning(sheet, at(row, col), messages.excelError(parsed.error));
      return null;
    case "invalid":
      problems.error(sheet, at(row, col), invalid(parsed.text));
      return null;
  }
}

const at = (row: number, col: number | undefined) =>
  col === undefined ? null : cellAddress(row, col);
