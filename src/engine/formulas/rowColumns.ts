import { REFERENCE_INDICATORS } from "../indicators/INDICATORS";
import { matchHeader } from "../read/headerLookup";
import { parseYear } from "../read/parseValue";
import { normalizeHeader } from "../text/normalizeHeader";
import type { CellValue } from "../types";
import { RESULT_HEADER_WORDS, ROW_FIELDS, type RowField } from "./ROW_FIELDS";

/** What one column of a row of indicators holds. */
export type RowColumn =
  | { readonly kind: "school"; readonly key: string; readonly count: boolean }
  | { readonly kind: "row"; readonly field: RowField }
  | {
      readonly kind: "result";
      readonly procedure: string;
      readonly subject: string;
      readonly field: "mean" | "failShare";
      readonly year: number | null;
    }
  | { readonly kind: "reference"; readonly code: string; readonly year: number | null };

/** One recognised column: its position, its header as written, and what it holds. */
export interface MappedColumn {
  readonly index: number;
  readonly header: string;
  readonly column: RowColumn;
}

const ROW_LOOKUP = new Map<string, RowField>();
for (const field of ROW_FIELDS)
  for (const h of field.headers) ROW_LOOKUP.set(normalizeHeader(h), field);

const FIELD_PHRASES = RESULT_HEADER_WORDS.fields
  .flatMap(({ field, headers }) => headers.map((h) => ({ field, phrase: normalizeHeader(h) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
const PROCEDURES = new Map(RESULT_HEADER_WORDS.procedures.map((p) => [p.toLowerCase(), p]));
const FILLERS = new Set<string>(RESULT_HEADER_WORDS.fillers);
const CODE_REFERENCE_WORDS = new Set<string>(RESULT_HEADER_WORDS.codeReferenceWords);
const CODES = new Map(REFERENCE_INDICATORS.map((r) => [r.code.toLowerCase(), r]));

// A year at the start or the end of a header: 2022, 2021-2022, 2021/22, «2022 г.», «(2022)».
const YEAR_TEXT = String.raw`(?:19|20)\d{2}(?:\s*[-–—/]\s*\d{2,4})?`;
const TRAILING_YEAR = new RegExp(
  String.raw`[\s(]*(${YEAR_TEXT})\s*(?:г\.?|год|уч\.?\s*г(?:од)?\.?|учебный\s+год)?\s*\)?\s*$`,
  "i",
);
const LEADING_YEAR = new RegExp(String.raw`^\s*(${YEAR_TEXT})\s*(?:г\.?|год)?\s+`, "i");

function splitYear(header: string): { text: string; year: number | null } {
  for (const pattern of [TRAILING_YEAR, LEADING_YEAR]) {
    const match = pattern.exec(header);
    if (!match) continue;
    const year = parseYear(match[1]);
    if (year.kind === "ok") return { text: header.replace(pattern, " "), year: year.value };
  }
  return { text: header, year: null };
}

const isReferenceWord = (word: string) =>
  RESULT_HEADER_WORDS.referenceStems.some((stem) => word.startsWith(stem));

/** A result or reference column by its words (RESULT_HEADER_WORDS), or null. */
function resultColumn(header: string): RowColumn | null {
  const { text, year } = splitYear(header);
  let words = normalizeHeader(text).split(" ").filter(Boolean);
  const reference = words.some(isReferenceWord);
  const code = words.find((w) => CODES.has(w));
  if (code !== undefined) {
    const marked = reference || words.some((w) => CODE_REFERENCE_WORDS.has(w));
    const rest = words.filter(
      (w) => w !== code && !isReferenceWord(w) && !CODE_REFERENCE_WORDS.has(w) && !FILLERS.has(w),
    );
    return marked && rest.length === 0
      ? { kind: "reference", code: CODES.get(code)!.code, year }
      : null;
  }
  const procedureWord = words.find((w) => PROCEDURES.has(w));
  if (procedureWord === undefined) return null;
  words = words.filter((w) => w !== procedureWord && !isReferenceWord(w));
  let line = ` ${words.join(" ")} `;
  const found = FIELD_PHRASES.find(({ phrase }) => line.includes(` ${phrase} `));
  if (!found) return null;
  line = line.replace(` ${found.phrase} `, " ");
  const rest = line
    .trim()
    .split(" ")
    .filter((w) => w !== "" && !FILLERS.has(w))
    .join(" ");
  const subject = RESULT_HEADER_WORDS.subjects.find((s) => s.pattern.test(rest))?.subject;
  if (subject === undefined) return null;
  const procedure = PROCEDURES.get(procedureWord)!;
  if (!reference) return { kind: "result", procedure, subject, field: found.field, year };
  const target = REFERENCE_INDICATORS.find(
    (r) => r.procedure === procedure && r.subject === subject && r.field === found.field,
  );
  return target ? { kind: "reference", code: target.code, year } : null;
}

/** What a header names in a row: an ОО column, a row-only column, a result, or nothing. */
function columnOf(header: string): RowColumn | null {
  const school = matchHeader("schools", header);
  if (school) return { kind: "school", key: school.key, count: school.count };
  const row = ROW_LOOKUP.get(normalizeHeader(header));
  if (row) return { kind: "row", field: row };
  return resultColumn(header);
}

function targetOf(column: RowColumn): string {
  switch (column.kind) {
    case "school":
      return `school|${column.key}`;
    case "row":
      return `row|${column.field.key}`;
    case "result":
      return `result|${column.procedure}|${column.subject}|${column.field}|${column.year}`;
    case "reference":
      return `reference|${column.code}|${column.year}`;
  }
}

// A row formula is copied down a column of schools with the same header range: the mapping
// is worked out once per distinct header row.
const cache = new Map<string, MappedColumn[]>();
const CACHE_LIMIT = 64;
// The header cells of the previous call: a column of formulas asks about the same ones each time.
let last: { cells: readonly CellValue[]; mapped: MappedColumn[] } = { cells: [], mapped: [] };

/** The text of a header cell; a number such as a year heading counts as its digits. */
function headerText(value: CellValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return "";
}

/**
 * The recognised columns of a header row, in order. A second column for the same figure is
 * ignored and the first is used, as on a sheet; unknown headers are ignored.
 */
export function rowColumns(cells: readonly CellValue[]): MappedColumn[] {
  if (sameCells(cells, last.cells)) return last.mapped;
  const headers = cells.map(headerText);
  const key = headers.join("\u0000");
  let mapped = cache.get(key);
  if (mapped === undefined) {
    mapped = mapColumns(headers);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, mapped);
  }
  last = { cells, mapped };
  return mapped;
}

function mapColumns(headers: readonly string[]): MappedColumn[] {
  const mapped: MappedColumn[] = [];
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    if (header.trim() === "") return;
    const column = columnOf(header);
    if (column === null) return;
    const target = targetOf(column);
    if (seen.has(target)) return;
    seen.add(target);
    mapped.push({ index, header: header.trim(), column });
  });
  return mapped;
}

function sameCells(a: readonly CellValue[], b: readonly CellValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
