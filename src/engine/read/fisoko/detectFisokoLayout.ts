import type { CellValue, SheetInput } from "../../types";
import { fisokoColumn, type FisokoColumn } from "./FISOKO_COLUMNS";
import { subjectOfCode } from "./FISOKO_SUBJECTS";
import { fisokoText } from "./fisokoText";
import { sheetParts } from "./sheetParts";
import { memo } from "../../memo";
import { rowAt } from "../../sheetRows";

/** The layouts: «Статистика по отметкам», the comparison with the journal, a regional list. */
export type FisokoLayoutKind = "marks" | "journal" | "list";

/** A marker column of a regional list: `4 РУ` is Russian in grade 4. */
export interface MarkerColumn {
  readonly col: number;
  /** The header as written, trimmed: what the report shows. */
  readonly label: string;
  readonly subject: string;
  readonly grade: number;
}

/** Where an export's table is and what its columns are. */
export interface FisokoLayout {
  readonly kind: FisokoLayoutKind;
  /** The report's name in ФИС ОКО, for messages. */
  readonly label: string;
  /** The 0-based index of the header row. */
  readonly headerRow: number;
  /** The 0-based column of each known header; the first of two alike wins. */
  readonly columns: ReadonlyMap<FisokoColumn, number>;
  readonly markers: readonly MarkerColumn[];
  /** The columns the layout needs that the header lacks. */
  readonly missing: readonly FisokoColumn[];
}

/** The title block of «Статистика по отметкам» fills rows 1–6: the header is looked for below. */
const MAX_HEADER_ROW = 30;
const MARKS: readonly FisokoColumn[] = ["mark2", "mark3", "mark4", "mark5"];
const SHARES: readonly FisokoColumn[] = ["lowered", "confirmed", "raised"];
const MARKER = /^(?:(\d{1,2}) ([а-я]{2})|([а-я]{2}) (\d{1,2}))$/;

interface HeaderRow {
  readonly columns: Map<FisokoColumn, number>;
  readonly markers: MarkerColumn[];
  /** The title block above the row and the sheet name, in comparison form. */
  readonly title: string;
}

const count = (h: HeaderRow, keys: readonly FisokoColumn[]) =>
  keys.filter((k) => h.columns.has(k)).length;

/**
 * The rules, in order: the first whose test holds on a header row names the layout. The
 * columns decide; the title (the rows above and the sheet name) only names a table whose
 * columns are too few to tell, so a statistics table on a sheet called «Сравнение…» stays one.
 */
const LAYOUT_RULES: readonly {
  readonly kind: FisokoLayoutKind;
  readonly label: string;
  readonly test: (h: HeaderRow) => boolean;
  readonly required: readonly FisokoColumn[];
}[] = [
  {
    kind: "journal",
    label: "Сравнение отметок с отметками по журналу",
    required: ["participants", ...SHARES],
    test: (h) =>
      h.columns.has("group") &&
      (count(h, SHARES) > 0 || (count(h, MARKS) < 2 && /сравнение отметок/.test(h.title))),
  },
  {
    kind: "marks",
    label: "Статистика по отметкам",
    required: ["participants", ...MARKS],
    test: (h) =>
      h.columns.has("group") && (count(h, MARKS) >= 2 || /статистика по отметкам/.test(h.title)),
  },
  {
    kind: "list",
    label: "Список ОО с признаками необъективных результатов ВПР",
    required: [],
    test: (h) =>
      (h.columns.has("login") || h.columns.has("school")) &&
      (h.markers.length > 0 || h.columns.has("markerCount")),
  },
];

/**
 * Finds a ФИС ОКО export on a sheet by its header row and title block: «Статистика по
 * отметкам» (Группы участников, Кол-во ОО, Кол-во участников, 2, 3, 4, 5), «Сравнение отметок
 * с отметками по журналу» (Группы участников, Понизили / Подтвердили / Повысили) or a regional
 * list of schools with signs of non-objective results (Логин or ОО, markers `4 РУ`).
 *
 * @returns The layout of the first header row, among the first 30, that fits one; null for
 *   any other sheet.
 */
export function detectFisokoLayout(sheet: SheetInput): FisokoLayout | null {
  const last = Math.min(sheet.rows.length, MAX_HEADER_ROW);
  // The first rows of a data sheet repeat a school's name, the year and the subject, and every
  // cell is read as a header and as title: each distinct cell is read once.
  const headerCell = memo(readHeaderCell);
  const titleParts = [fisokoText(sheetParts(sheet.name).sheet)];
  for (let r = 0; r < last; r++) {
    const cells = rowAt(sheet.rows, r) ?? [];
    const header = readHeaderRow(cells, titleParts.join(" "), headerCell);
    const rule = LAYOUT_RULES.find((candidate) => candidate.test(header));
    if (rule) {
      const missing = rule.required.filter((key) => !header.columns.has(key));
      const { kind, label } = rule;
      return {
        kind,
        label,
        headerRow: r,
        columns: header.columns,
        markers: header.markers,
        missing,
      };
    }
    for (const cell of cells) if (cell !== undefined) titleParts.push(headerCell(cell).text);
  }
  return null;
}

/** What a header cell says: its comparison text and the marker or column it names. */
interface HeaderCell {
  readonly text: string;
  readonly marker: { readonly subject: string; readonly grade: number } | null;
  readonly column: FisokoColumn | null;
}

function readHeaderCell(cell: CellValue): HeaderCell {
  const text = fisokoText(cell);
  if (text === "") return { text, marker: null, column: null };
  const marker = MARKER.exec(text);
  if (marker) {
    const subject = subjectOfCode(marker[2] ?? marker[3]);
    if (subject !== null)
      return { text, marker: { subject, grade: Number(marker[1] ?? marker[4]) }, column: null };
  }
  return { text, marker: null, column: fisokoColumn(text)?.key ?? null };
}

function readHeaderRow(
  cells: readonly CellValue[],
  title: string,
  headerCell: (cell: CellValue) => HeaderCell,
): HeaderRow {
  const columns = new Map<FisokoColumn, number>();
  const markers: MarkerColumn[] = [];
  cells.forEach((cell, col) => {
    const { marker, column } = headerCell(cell);
    if (marker) markers.push({ col, label: String(cell).trim(), ...marker });
    else if (column !== null && !columns.has(column)) columns.set(column, col);
  });
  return { columns, markers, title };
}
