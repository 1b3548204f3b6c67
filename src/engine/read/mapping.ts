import { PackedRows } from "../PackedRows";
import { rowAt } from "../sheetRows";
import type { CellValue, SheetInput, SheetRows, WorkbookInput } from "../types";
import { chooseSheets } from "./chooseSheets";
import { ProblemLog } from "./ProblemLog";
import { readTable } from "./readTable";
import { FIELDS, SHEET_KINDS, type SheetKind } from "./synonyms";

/** The columns of one input sheet: the header row and the column of each field (0-based). */
export interface SheetMapping {
  readonly kind: SheetKind;
  readonly sheet: string;
  readonly headerRow: number;
  /** Column index per field key; a field left out is not read. */
  readonly columns: Readonly<Record<string, number>>;
  /** The texts of the header row, for choosing a column by its header. */
  readonly headers: readonly string[];
}

function text(value: CellValue): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/**
 * The mapping the engine proposes for each input sheet it finds (SPEC 3): the header row and
 * the column of every recognised field, for the pane to show and let the user correct.
 *
 * @param chosen The sheet the user picked per kind; the other kinds are found as analyze finds
 *   them (by name, else by headers: chooseSheets).
 */
export function proposeMapping(
  workbook: WorkbookInput,
  chosen: Partial<Record<SheetKind, string>> = {},
): SheetMapping[] {
  const mappings: SheetMapping[] = [];
  const sheets = chooseSheets(workbook, new ProblemLog(), chosen);
  for (const kind of SHEET_KINDS) {
    const sheet = sheets[kind]?.sheet;
    if (!sheet) continue;
    const table = readTable(sheet, kind, new ProblemLog());
    const headerRow = table?.headerRow ?? 0;
    mappings.push({
      kind,
      sheet: sheet.name,
      headerRow,
      columns: Object.fromEntries(table?.columns ?? []),
      headers: (rowAt(sheet.rows, headerRow) ?? []).map(text),
    });
  }
  return mappings;
}

/**
 * Applies a mapping the user corrected: the header cells are rewritten to the canonical
 * header of their field, and headers of fields mapped elsewhere are cleared, so the engine
 * reads exactly the columns chosen. The user's workbook itself is never changed: this is a copy.
 */
export function applyMapping(
  workbook: WorkbookInput,
  mappings: readonly SheetMapping[],
): WorkbookInput {
  const sheets = workbook.sheets.map((sheet): SheetInput => {
    const mapping = mappings.find((m) => m.sheet === sheet.name);
    if (!mapping) return sheet;
    const fields = FIELDS[mapping.kind];
    const width = Math.max(
      rowAt(sheet.rows, mapping.headerRow)?.length ?? 0,
      ...Object.values(mapping.columns).map((c) => c + 1),
    );
    const header: CellValue[] = new Array(width).fill(null);
    for (const [key, col] of Object.entries(mapping.columns)) {
      const field = fields.find((f) => f.key === key);
      if (field) header[col] = field.headers[0];
    }
    // Rows above the header are dropped from detection: the chosen row must win.
    const head: CellValue[][] = [];
    for (let r = 0; r < mapping.headerRow; r++) head.push([]);
    head.push(header);
    return { name: sheet.name, rows: withHead(sheet.rows, head) };
  });
  return { sheets };
}

/** The rows with the first ones replaced by `head`, in the form they came in. */
function withHead(rows: SheetRows, head: readonly CellValue[][]): SheetRows {
  const copy = Array.from(rows);
  head.forEach((row, r) => (copy[r] = row));
  return rows instanceof PackedRows ? PackedRows.from(copy) : copy;
}
