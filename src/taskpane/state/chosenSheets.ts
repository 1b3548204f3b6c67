import type { SheetKind, SheetMapping } from "../../engine";

/**
 * The sheet of each kind in a mapping, as the engine takes the user's choice (DECISIONS B-01):
 * a saved mapping pins its sheets, so a renamed «Результаты» stays the one the user picked.
 *
 * @param mapping One entry per input sheet.
 */
export function chosenSheets(mapping: readonly SheetMapping[]): Partial<Record<SheetKind, string>> {
  return Object.fromEntries(mapping.map((m) => [m.kind, m.sheet]));
}
