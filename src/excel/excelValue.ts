import { cellText, type ReportValue } from "../engine";

/** A value as Office.js takes it in `range.values`. */
export type ExcelValue = string | number | boolean;

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system (serial 25569 is 1970-01-01). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Words Excel turns into booleans when typed (English and Russian Excel). */
const BOOLEAN_WORDS = /^(true|false|истина|ложь)$/i;

/**
 * Whether Excel would turn this text into something else when it is assigned to `values`:
 * a formula (`=`, `+`, `-`, `@`), an error literal (`#N/A`), a number, date, time, percent or
 * fraction, or a boolean. A leading apostrophe would itself be eaten, so it needs one more.
 */
function mayBeConverted(text: string): boolean {
  const trimmed = text.trimStart();
  if (trimmed === "") return false;
  // Most report text starts with a letter: only a boolean word can be converted then.
  if (/^\p{L}/u.test(trimmed)) return trimmed.length <= 7 && BOOLEAN_WORDS.test(trimmed.trim());
  if (/^[=+\-@'#.,(\d$€£¥₽]/.test(trimmed)) return true;
  return /\d/.test(trimmed) && !/\p{L}/u.test(trimmed); // `1/2`, `12:30`, `46,7 %`
}

/**
 * A text for a cell that Excel keeps exactly as written: text Excel would read as a formula,
 * number, date or boolean gets a leading apostrophe, which Excel stores as the cell's «quote
 * prefix» and never shows. The text is first made fit for a cell ({@link cellText}): the
 * characters XML forbids dropped and text longer than a cell holds, which the API refuses, cut
 * with «…» (the report model is fitted already and notes the cut; this keeps any caller safe).
 *
 * @param text Any text, from the report or from the user's data.
 */
export function excelText(text: string): string {
  const fitted = cellText(text);
  return mayBeConverted(fitted) ? `'${fitted}` : fitted;
}

/**
 * The Excel serial number of a calendar date.
 *
 * @param iso A date as `YYYY-MM-DD`.
 * @returns Days since 1899-12-30, e.g. 44651 for 2022-03-31.
 */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/**
 * A report value as Office.js writes it: numbers stay numbers, dates become serials (the
 * column's number format shows them as dates), text is protected by {@link excelText}, and an
 * empty value clears the cell.
 *
 * @param value A value of the report model.
 */
export function excelValue(value: ReportValue): ExcelValue {
  if (value === null) return "";
  if (typeof value === "string") return excelText(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return dateSerial(value.date);
}
