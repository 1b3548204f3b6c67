import type { Day } from "../Day";
import type { CellValue } from "../types";

/**
 * The outcome of reading one cell: a value, missing (silent, A-09), an Excel error
 * (a warning, A-12) or invalid text (an error, A-11).
 */
export type Parsed<T> =
  | { readonly kind: "ok"; readonly value: T; readonly percent?: boolean }
  | { readonly kind: "missing" }
  | { readonly kind: "excelError"; readonly error: string }
  | { readonly kind: "invalid"; readonly text: string };

export const MISSING: Parsed<never> = { kind: "missing" };

const MISSING_TOKENS = new Set(["", "-", "—", "–", "н/д", "нд", "нет данных", "x", "х"]);
// Lower-casing Cyrillic text is slow and every name cell passes here: text longer than the
// longest token cannot be one (lower-casing never makes a string shorter), so it skips that step.
const LONGEST_MISSING_TOKEN = Math.max(...[...MISSING_TOKENS].map((token) => token.length));

const EXCEL_ERROR_LITERALS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#Н/Д",
  "#ДЕЛ/0!",
  "#ЗНАЧ!",
  "#ССЫЛКА!",
  "#ИМЯ?",
  "#ЧИСЛО!",
  "#ПУСТО!",
  "#ПЕРЕНОС!",
  "#ВЫЧИСЛ!",
]);

function isErrorCell(value: object): value is { error: string } {
  return "error" in value;
}

/** Classifies a cell before typed parsing: missing, an Excel error, or something to read. */
export function preParse(value: CellValue): Parsed<never> | null {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed.length <= LONGEST_MISSING_TOKEN && MISSING_TOKENS.has(trimmed.toLowerCase()))
      return MISSING;
    if (trimmed.startsWith("#") && EXCEL_ERROR_LITERALS.has(trimmed.toUpperCase())) {
      return { kind: "excelError", error: trimmed };
    }
    return null;
  }
  if (typeof value === "object" && !(value instanceof Date) && isErrorCell(value)) {
    return { kind: "excelError", error: value.error };
  }
  return null;
}

const NUMBER_TEXT =
  /^[+-]?(\d+(?:[.,]\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|[.,]\d+)$/;

/** Reads a number from a cell or text: `46,7`, `46.7`, `1 245`, `−5` (DECISIONS A-09). */
export function parseNumber(value: CellValue): Parsed<number> {
  if (typeof value === "number")
    return Number.isFinite(value)
      ? { kind: "ok", value }
      : { kind: "invalid", text: displayText(value) };
  const pre = preParse(value);
  if (pre) return pre;
  if (typeof value === "object" && value !== null && "percent" in value) {
    return { kind: "ok", value: value.percent, percent: true };
  }
  if (typeof value !== "string") return { kind: "invalid", text: displayText(value) };
  const text = value.trim().replace(/\u2212/g, "-");
  if (!NUMBER_TEXT.test(text)) return { kind: "invalid", text: value };
  const n = Number(text.replace(/[ \u00a0\u202f\u2009]/g, "").replace(",", "."));
  return Number.isFinite(n) ? { kind: "ok", value: n } : { kind: "invalid", text: value };
}

/**
 * Reads a share: `46,7%` or a `%`-formatted cell is an exact fraction (`percent: true`); a
 * bare number is returned as written, for the per-column rule of DECISIONS A-08.
 */
export function parseShare(value: CellValue): Parsed<number> {
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const inner = parseNumber(value.replace(/%\s*$/, ""));
    if (inner.kind === "missing") return { kind: "invalid", text: value };
    // Shifting the decimal point in the text keeps `33,3%` the nearest double to 0.333.
    return inner.kind === "ok"
      ? { kind: "ok", value: Number(`${inner.value}e-2`), percent: true }
      : inner;
  }
  return parseNumber(value);
}

/** Reads a whole non-negative count; `14,0` is 14, `14,5` and `-1` are invalid. */
export function parseCount(value: CellValue): Parsed<number> {
  const n = parseNumber(value);
  if (n.kind !== "ok") return n;
  if (n.percent || n.value < 0 || !Number.isInteger(n.value))
    return { kind: "invalid", text: displayText(value) };
  return n;
}

/** Reads a non-negative number (hours, means). */
export function parseNonNegative(value: CellValue): Parsed<number> {
  const n = parseNumber(value);
  if (n.kind !== "ok") return n;
  if (n.value < 0) return { kind: "invalid", text: displayText(value) };
  return n;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function dayFromParts(y: number, m: number, d: number): Day | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return null;
  return Math.round(ms / DAY_MS);
}

/** The day of a date cell, or null for an invalid Date; noon-rounded so time zones do not shift it. */
export function dayOfDate(value: Date): Day | null {
  const t = value.getTime();
  return Number.isNaN(t) ? null : Math.floor((t + 43_200_000) / DAY_MS);
}

/** The day of an Excel serial date (1 = 1900-01-01 … 9999-12-31), or null. */
export function dayOfSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return Math.floor((EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS) / DAY_MS);
}

/** Reads a date: date cells, Excel serials, `31.03.2022`, `31.03.22`, `2022-03-31`. */
export function parseDate(value: CellValue): Parsed<Day> {
  if (value instanceof Date) {
    const day = dayOfDate(value);
    return day === null
      ? { kind: "invalid", text: displayText(value) }
      : { kind: "ok", value: day };
  }
  if (typeof value === "number") {
    const day = dayOfSerial(value);
    return day === null
      ? { kind: "invalid", text: displayText(value) }
      : { kind: "ok", value: day };
  }
  const pre = preParse(value);
  if (pre) return pre;
  if (typeof value !== "string") return { kind: "invalid", text: displayText(value) };
  const text = value.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const day = dayFromParts(year, Number(m[2]), Number(m[1]));
    return day === null ? { kind: "invalid", text } : { kind: "ok", value: day };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const day = dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === null ? { kind: "invalid", text } : { kind: "ok", value: day };
  }
  return { kind: "invalid", text };
}

const YEAR_RANGE =
  /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})(?:\s*(?:уч\.?\s*(?:г\.?|год)?|учебный\s+год|г\.?))?$/i;
const SINGLE_YEAR = /^(\d{4})(?:[.,]0+)?(?:\s*(?:г\.?|год))?$/i;

/**
 * Reads a school year as the year it ends: `2022`, `2022 г.`, `2021-2022`, `2021/22`,
 * `2021–2022 уч. год` → 2022; a range must span one year; 1990–2100 (DECISIONS A-15).
 */
export function parseYear(value: CellValue): Parsed<number> {
  let year: number | null = null;
  if (typeof value === "number") {
    year = Number.isInteger(value) ? value : null;
  } else {
    const pre = preParse(value);
    if (pre) return pre;
    if (typeof value !== "string") return { kind: "invalid", text: displayText(value) };
    const text = value.trim();
    const single = SINGLE_YEAR.exec(text);
    const range = single ? null : YEAR_RANGE.exec(text);
    if (single) year = Number(single[1]);
    else if (range) {
      const start = Number(range[1]);
      // `1999/00` ends in 2000: two digits continue the start year's century, or the next one.
      const short = Number(range[2]);
      const end =
        range[2].length === 2
          ? start - (start % 100) + short + (short <= start % 100 ? 100 : 0)
          : short;
      year = end === start + 1 ? end : null;
    }
  }
  if (year === null || year < 1990 || year > 2100)
    return { kind: "invalid", text: displayText(value) };
  return { kind: "ok", value: year };
}

const HASH = 35; // "#", the first character of an Excel error literal

/**
 * A cell's text, trimmed, when it is plainly text: longer than every missing token and not an
 * Excel error literal; null when it needs the full parse. Most text cells are names, and this
 * way they are read without a parse outcome.
 */
export function plainText(value: CellValue): string | null {
  if (typeof value !== "string" || value.length <= LONGEST_MISSING_TOKEN) return null;
  if (value.charCodeAt(0) === HASH) return null;
  const trimmed = value.trim();
  return trimmed.length > LONGEST_MISSING_TOKEN ? trimmed : null;
}

/**
 * Text of a cell for messages. A date or number no reader should give (an invalid Date, NaN)
 * is said as Excel shows a number it cannot show, never «Invalid Date» or «NaN».
 */
export function displayText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "#ЧИСЛО!" : value.toISOString().slice(0, 10);
  if (typeof value === "number" && !Number.isFinite(value)) return "#ЧИСЛО!";
  if (typeof value === "object")
    return "error" in value ? value.error : String(value.percent * 100) + "%";
  return String(value);
}

/** Text of a name cell, or null when it holds nothing usable. */
export function parseText(value: CellValue): Parsed<string> {
  const pre = preParse(value);
  if (pre) return pre;
  if (typeof value === "string") return { kind: "ok", value: value.trim() };
  return { kind: "ok", value: displayText(value) };
}
