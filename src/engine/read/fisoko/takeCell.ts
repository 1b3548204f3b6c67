import { messages, type ProblemText } from "../../messages";
import type { CellValue, SheetInput } from "../../types";
import { parseCount, type Parsed } from "../parseValue";
import type { ProblemLog } from "../ProblemLog";
import { takeParsed } from "../takeParsed";
import type { FisokoLayout } from "./detectFisokoLayout";
import { cellAt } from "../../sheetRows";

/**
 * Reads one cell of an export: a value, or null when it is missing (silent), an Excel error
 * (a warning, A-12) or invalid (an error with `invalid`'s message, A-11; an export's bad value
 * has its own code).
 *
 * @param col The 0-based column; undefined when the sheet has no such column.
 */
export function takeCell<T>(
  sheet: SheetInput,
  row: number,
  col: number | undefined,
  parse: (value: CellValue) => Parsed<T>,
  problems: ProblemLog,
  invalid: (text: string) => ProblemText<"fisokoBadValue">,
): T | null {
  if (col === undefined) return null;
  const parsed = parse(cellAt(sheet.rows, row, col) ?? null);
  return takeParsed(parsed, problems, sheet.name, row, col, invalid);
}

/** The participants of an export row: a whole count, or a problem at its cell. */
export function readParticipants(
  sheet: SheetInput,
  layout: FisokoLayout,
  row: number,
  problems: ProblemLog,
): number | null {
  return takeCell(sheet, row, layout.columns.get("participants"), parseCount, problems, (text) =>
    messages.fisokoNotACount(text, "participants"),
  );
}
