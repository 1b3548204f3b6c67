import { messages } from "../../messages";
import type { CellValue, SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import { parseCount, parseNumber, parseText, parseYear } from "../parseValue";
import type { ProblemLog } from "../ProblemLog";
import type { FisokoLayout } from "./detectFisokoLayout";
import type { FisokoColumn } from "./FISOKO_COLUMNS";
import { splitCode } from "./splitCode";
import { takeCell } from "./takeCell";
import type { MunicipalityBlock } from "./UnmatchedSchools";
import { rowAt } from "../../sheetRows";

/** One school of a regional list of schools with signs of non-objective ВПР results. */
export interface ListRow {
  /** The 0-based row. */
  readonly row: number;
  readonly year: number;
  readonly name: string;
  readonly login: string | null;
  readonly municipality: MunicipalityBlock | null;
  /** The headers of the marked columns, as written: `4 РУ`, `5 МА`. */
  readonly markers: string[];
  /** The A1 cell that names the school: its login, else its name. */
  readonly cell: string;
}

const MARKED_WORDS = new Set(["да", "+", "v", "✓", "✔"]);
const UNMARKED_WORDS = new Set(["нет", "0"]);

/**
 * Reads a regional list: one row per school with `Год` (often text), `Логин`, `Муниципалитет`,
 * `ОО`, marker columns (`4 РУ`: 1 or empty) and `Количество маркеров`. A row without a valid
 * year is an error and left out; a marker count that differs from the marked columns is a
 * warning, and the marked columns are used.
 *
 * @param titleYear The year of the title block, used when the list has no year column.
 */
export function readObjectivityList(
  sheet: SheetInput,
  layout: FisokoLayout,
  titleYear: number | null,
  problems: ProblemLog,
): ListRow[] {
  const col = (key: FisokoColumn) => layout.columns.get(key);
  const rows: ListRow[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const cells = rowAt(sheet.rows, r);
    if (!cells) continue;
    const at = (key: FisokoColumn) => {
      const c = col(key);
      return c === undefined ? null : cells[c];
    };
    const nameText = text(at("school"));
    const loginText = text(at("login"));
    if (nameText === null && loginText === null) continue;
    const coded = splitCode(nameText ?? "");
    const login = loginText?.toLowerCase() ?? coded.code;
    const cell = cellAddress(r, (loginText !== null ? col("login") : col("school"))!);

    let year = titleYear;
    const yearCol = col("year");
    if (yearCol !== undefined) {
      if (parseYear(at("year")).kind === "missing") {
        problems.error(sheet.name, cellAddress(r, yearCol), messages.missingYear());
      }
      year = takeCell(sheet, r, yearCol, parseYear, problems, (t) => messages.fisokoBadYear(t));
    }
    if (year === null) continue;

    const markers: string[] = [];
    for (const marker of layout.markers) {
      const marked = readMarker(cells[marker.col]);
      if (marked === true) markers.push(marker.label);
      if (marked === null) {
        problems.warning(
          sheet.name,
          cellAddress(r, marker.col),
          messages.fisokoBadMarker(String(cells[marker.col])),
        );
      }
    }
    const countCol = col("markerCount");
    const given = takeCell(sheet, r, countCol, parseCount, problems, (t) =>
      messages.fisokoBadCount(t, "Количество маркеров"),
    );
    if (given !== null && layout.markers.length > 0 && given !== markers.length) {
      problems.warning(
        sheet.name,
        cellAddress(r, countCol!),
        messages.fisokoMarkerCount(given, markers.length),
      );
    }
    const municipalityCol = col("municipality");
    const municipalityName = text(at("municipality"));
    rows.push({
      row: r,
      year,
      name: coded.name,
      login,
      municipality:
        municipalityName === null
          ? null
          : { name: municipalityName, cell: cellAddress(r, municipalityCol!) },
      markers,
      cell,
    });
  }
  return rows;
}

function text(value: CellValue | null): string | null {
  const parsed = parseText(value);
  return parsed.kind === "ok" && parsed.value !== "" ? parsed.value : null;
}

/** Whether a marker cell is marked: true, false, or null for something that is neither. */
function readMarker(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  const n = parseNumber(value);
  if (n.kind === "missing") return false;
  if (n.kind === "ok") return n.value > 0;
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (MARKED_WORDS.has(word)) return true;
  if (UNMARKED_WORDS.has(word)) return false;
  return null;
}
