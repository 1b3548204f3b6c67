import { messages } from "../messages";
import { rowAt } from "../sheetRows";
import type { SheetInput, WorkbookInput } from "../types";
import { detectFisokoLayout } from "./fisoko/detectFisokoLayout";
import { findSheet } from "./findSheet";
import type { ProblemLog } from "./ProblemLog";
import { findHeaderRow } from "./readTable";
import { FIELDS, SHEET_KINDS, type SheetKind } from "./synonyms";

/** How a sheet was taken: the user's choice, its name or its header row (B-01). */
export type TakenBy = "choice" | "name" | "headers";

/** The sheet taken for a kind, and how. */
export interface TakenSheet {
  readonly sheet: SheetInput;
  readonly by: TakenBy;
}

/** The sheet taken for each kind, or null when the workbook has none. */
export type ChosenSheets = Readonly<Record<SheetKind, TakenSheet | null>>;

/** A sheet whose header row holds a kind's required columns. */
interface Fit {
  readonly sheet: SheetInput;
  readonly kind: SheetKind;
  /** Recognised headers of the kind in the header row. */
  readonly count: number;
  /** The required columns' headers as the sheet writes them, for the message. */
  readonly headers: readonly string[];
}

/**
 * The kind a sheet's header row is made for: among the kinds whose required columns it holds,
 * the one with the most recognised headers, so that a Результаты sheet, whose «ОО» column would
 * also do for a list of schools, is a results sheet. ФИС ОКО exports are read as such.
 */
function fitOf(sheet: SheetInput): Fit | null {
  let best: Fit | null = null;
  for (const kind of SHEET_KINDS) {
    const header = findHeaderRow(sheet.rows, kind);
    if (!header || header.found.size <= (best?.count ?? 0)) continue;
    const required = FIELDS[kind].filter((f) => f.required);
    if (!required.every((f) => header.found.has(f.key))) continue;
    const cells = rowAt(sheet.rows, header.row) ?? [];
    const headers = required.map((f) => String(cells[header.found.get(f.key)!.col]).trim());
    best = { sheet, kind, count: header.found.size, headers };
  }
  return best !== null && detectFisokoLayout(sheet) === null ? best : null;
}

/**
 * Decides which sheet is read as ОО, Результаты, Педагоги and Параметры (DECISIONS B-01): the
 * sheet the user chose, else the sheet of the kind's name, else the sheet whose header
 * row holds the kind's required columns, the one with more recognised headers of two (a
 * warning names both). What was taken by headers is said (info). A sheet serves one kind.
 *
 * @param chosen The sheet the user picked per kind (the pane's mapping); a name the workbook
 *   no longer has is passed over.
 */
export function chooseSheets(
  workbook: WorkbookInput,
  problems: ProblemLog,
  chosen: Partial<Record<SheetKind, string>> = {},
): ChosenSheets {
  const taken: Record<SheetKind, TakenSheet | null> = {
    schools: null,
    results: null,
    teachers: null,
    params: null,
  };
  const used = new Set<SheetInput>();
  const free = () => workbook.sheets.filter((s) => !used.has(s));
  const take = (kind: SheetKind, sheet: SheetInput | undefined, by: TakenBy) => {
    if (!sheet || taken[kind]) return;
    taken[kind] = { sheet, by };
    used.add(sheet);
  };
  for (const kind of SHEET_KINDS) {
    const picked = free().find((s) => s.name === chosen[kind]);
    take(kind, picked, "choice");
  }
  for (const kind of SHEET_KINDS)
    if (!taken[kind]) take(kind, findSheet({ sheets: free() }, kind), "name");
  if (SHEET_KINDS.every((kind) => taken[kind])) return taken;

  const fits = free()
    .map(fitOf)
    .filter((fit): fit is Fit => fit !== null && !taken[fit.kind]);
  for (const kind of SHEET_KINDS) {
    // Sorted by count, first in the workbook among equals (sort is stable).
    const [best, ...others] = fits.filter((f) => f.kind === kind).sort((a, b) => b.count - a.count);
    if (!best) continue;
    take(kind, best.sheet, "headers");
    problems.info(
      best.sheet.name,
      null,
      messages.sheetByHeaders(best.sheet.name, kind, best.headers),
    );
    for (const other of others) {
      const said = messages.sheetCandidates(
        kind,
        best.sheet.name,
        best.count,
        other.sheet.name,
        other.count,
      );
      problems.warning(other.sheet.name, null, said);
    }
  }
  return taken;
}
