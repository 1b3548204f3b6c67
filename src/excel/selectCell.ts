import { parseA1 } from "./a1Address";

/**
 * Shows a cell or block to the user: activates its sheet and selects it (for a problem or a
 * school clicked in the pane). One sync.
 *
 * @param context The request context of an `Excel.run`.
 * @param sheet The sheet's name.
 * @param address An A1 address such as `H17` or `A5:R5`; `null` selects the sheet's first cell.
 * @returns `false` when the sheet no longer exists or the address is not an A1 address.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string | null,
): Promise<boolean> {
  const target = address ?? "A1";
  if (parseA1(target) === null) return false;
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(target).select();
  try {
    await context.sync();
    return true;
  } catch (error) {
    // The user may have renamed or deleted the sheet since the problem was listed.
    if ((error as { code?: unknown } | null)?.code === "ItemNotFound") return false;
    throw error;
  }
}
