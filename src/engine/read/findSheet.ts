import { toCyrillicLookalikes } from "../text/fixLookalikes";
import { normalizeHeader } from "../text/normalizeHeader";
import type { SheetInput, WorkbookInput } from "../types";
import { SHEET_NAMES, type SheetKind } from "./synonyms";

const comparable = (name: string) => toCyrillicLookalikes(normalizeHeader(name).toUpperCase());

/** The sheet of a kind, found by its name after normalization (DECISIONS A-01): `OO` finds `ОО`. */
export function findSheet(workbook: WorkbookInput, kind: SheetKind): SheetInput | undefined {
  const wanted = new Set(SHEET_NAMES[kind].map(comparable));
  return workbook.sheets.find((sheet) => wanted.has(comparable(sheet.name)));
}
