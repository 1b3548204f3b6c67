import type { SheetInput, WorkbookInput } from "../../src/engine";

/**
 * A copy of a workbook with some sheets renamed and some left out, and sheets added at the end:
 * the same data under the names users give it.
 *
 * @param names The new name of a sheet, or null to leave it out; a sheet not named stays.
 * @param added Sheets put after the workbook's own.
 */
export function renameSheets(
  workbook: WorkbookInput,
  names: Readonly<Record<string, string | null>>,
  added: readonly SheetInput[] = [],
): WorkbookInput {
  const sheets = workbook.sheets.flatMap((sheet) => {
    const name = names[sheet.name];
    if (name === null) return [];
    return [name === undefined ? sheet : { ...sheet, name }];
  });
  return { sheets: [...sheets, ...added] };
}
