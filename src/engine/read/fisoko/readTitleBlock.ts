import type { CellValue, SheetInput } from "../../types";
import { cellAddress } from "../cellAddress";
import { normalizeSubject } from "../normalizeSubject";
import { parseCount, parseDate, parseYear } from "../parseValue";
import { subjectOfCode } from "./FISOKO_SUBJECTS";
import { fisokoText } from "./fisokoText";
import { sheetParts } from "./sheetParts";
import { rowAt } from "../../sheetRows";

/** What an export says about itself above its table, or in its sheet name. */
export interface TitleBlock {
  /** Normalized as in Результаты. */
  readonly subject: string | null;
  readonly grade: number | null;
  /** The year the school year ends. */
  readonly year: number | null;
  /** The A1 cell the year came from. */
  readonly yearCell: string | null;
}

// `ВПР 2026 Русский язык 4 класс`; `Всероссийские проверочные работы 2025-2026 (4 класс)`.
const TITLE = /(?:ВПР|проверочные работы)[\s-]*(\d{4}(?:\s*[-–—/]\s*\d{2,4})?)?(.*)$/i;
const GRADE = /(\d{1,2})(?:\s*-?\s*(?:й|го|х))?\s*класс[а-я]*/i;
const EDGE_PUNCTUATION = /^[\s,.:;()«»"-]+|[\s,.:;()«»"-]+$/g;
// `Дата: 20.04.2026` in one cell, or the label alone with the value in a cell to its right.
const LABELLED = /^\s*(предмет|класс|дата|учебный год|год)\s*:\s*(.*)$/i;
const LABELS = new Set(["предмет", "класс", "дата", "учебный год", "год"]);
// `МА 4 Сравнение отметок с отметк`: the code and the grade lead names cut at 31 characters.
const SHEET_NAME = /^\s*([A-Za-zА-Яа-яЁё]{2})\s*[-_ ]?\s*(\d{1,2})(?!\d)/;

interface Found {
  subject?: string;
  grade?: number;
  year?: { value: number; cell: string };
}

/**
 * Reads the subject, grade and year of a «Статистика по отметкам» or «Сравнение отметок»
 * sheet from the rows above its header: the line `ВПР 2026 Русский язык 4 класс`, the cells
 * `Предмет:`, `Класс:`, `Год:` and `Дата:` (text or date: the school year ends in the date's
 * year, as ВПР are written in spring), then from a sheet name such as `РУ 4 …`.
 *
 * @param headerRow The 0-based header row: the title block is above it.
 * @returns Each fact, or null when neither the title block nor the name gives it.
 */
export function readTitleBlock(sheet: SheetInput, headerRow: number): TitleBlock {
  const title: Found = {};
  const labelled: Found = {};
  let dated: Found["year"];
  let looseGrade: number | undefined;
  for (let r = 0; r < headerRow; r++) {
    const cells = rowAt(sheet.rows, r) ?? [];
    cells.forEach((cell, c) => {
      if (typeof cell !== "string" || cell.trim() === "") return;
      const at = cellAddress(r, c);
      const inline = LABELLED.exec(cell);
      const label = inline ? inline[1].toLowerCase() : fisokoText(cell);
      if (LABELS.has(label)) {
        const next =
          inline && inline[2].trim() !== "" ? { value: inline[2], col: c } : valueRight(cells, c);
        if (!next) return;
        const where = cellAddress(r, next.col);
        if (label === "дата") dated ??= yearOfDate(next.value, where);
        else readLabelled(labelled, label, next.value, where);
        return;
      }
      const line = TITLE.exec(cell);
      if (line && title.year === undefined && title.subject === undefined) {
        readTitleLine(title, line, at);
        return;
      }
      const grade = GRADE.exec(cell);
      if (grade) looseGrade ??= Number(grade[1]);
    });
  }
  const fromName = readSheetName(sheet.name);
  const year = title.year ?? labelled.year ?? dated;
  return {
    subject: labelled.subject ?? title.subject ?? fromName.subject ?? null,
    grade: title.grade ?? labelled.grade ?? looseGrade ?? fromName.grade ?? null,
    year: year?.value ?? null,
    yearCell: year?.cell ?? null,
  };
}

function valueRight(
  cells: readonly CellValue[],
  col: number,
): { value: CellValue; col: number } | null {
  for (let c = col + 1; c < cells.length; c++) {
    const value = cells[c];
    if (
      value !== null &&
      value !== undefined &&
      !(typeof value === "string" && value.trim() === "")
    ) {
      return { value, col: c };
    }
  }
  return null;
}

function readLabelled(found: Found, label: string, value: CellValue, cell: string): void {
  if (label === "предмет" && typeof value === "string") found.subject ??= normalizeSubject(value);
  if (label === "класс") {
    const grade = parseCount(typeof value === "string" ? value.replace(/\s*класс.*$/i, "") : value);
    if (grade.kind === "ok") found.grade ??= grade.value;
  }
  if (label === "год" || label === "учебный год") {
    const year = parseYear(value);
    if (year.kind === "ok") found.year ??= { value: year.value, cell };
  }
}

function readTitleLine(found: Found, line: RegExpExecArray, cell: string): void {
  if (line[1] !== undefined) {
    const year = parseYear(line[1]);
    if (year.kind === "ok") found.year = { value: year.value, cell };
  }
  let rest = line[2];
  const grade = GRADE.exec(rest);
  if (grade) {
    found.grade = Number(grade[1]);
    rest = rest.replace(grade[0], " ");
  }
  const subject = rest.replace(/\s+/g, " ").replace(EDGE_PUNCTUATION, "");
  if (subject !== "") found.subject = normalizeSubject(subject);
}

function yearOfDate(value: CellValue, cell: string): Found["year"] {
  const day = parseDate(value);
  if (day.kind !== "ok") return undefined;
  return { value: new Date(day.value * 86_400_000).getUTCFullYear(), cell };
}

function readSheetName(name: string): Found {
  const m = SHEET_NAME.exec(sheetParts(name).sheet);
  if (!m) return {};
  const subject = subjectOfCode(m[1]);
  return subject === null ? {} : { subject, grade: Number(m[2]) };
}
