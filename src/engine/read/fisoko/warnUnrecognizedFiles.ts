import { messages } from "../../messages";
import type { SheetInput } from "../../types";
import type { ProblemLog } from "../ProblemLog";
import { sheetParts } from "./sheetParts";

/**
 * Warns of each file given as ФИС ОКО exports of which no sheet was recognised as one (a
 * school's collection form, an «Индивидуальные результаты» file): the user named it to be read,
 * and passing it over in silence would leave them thinking it was.
 *
 * @param extraSheets The sheets of the files given besides the workbook (`файл › лист`).
 * @param consumed The names of the sheets read as exports.
 */
export function warnUnrecognizedFiles(
  extraSheets: readonly SheetInput[],
  consumed: ReadonlySet<string>,
  problems: ProblemLog,
): void {
  const firstSheetOf = new Map<string, string>();
  const recognised = new Set<string>();
  for (const { name } of extraSheets) {
    const { file } = sheetParts(name);
    if (!firstSheetOf.has(file)) firstSheetOf.set(file, name);
    if (consumed.has(name)) recognised.add(file);
  }
  for (const [file, sheet] of firstSheetOf) {
    if (!recognised.has(file)) problems.warning(sheet, null, messages.fisokoFileUnrecognized(file));
  }
}
