import { isoDateOf, parseShare, type CellValue, type SharedCells } from "../../engine";

// A code with leading zeros (`007`) is kept as written, not as the number 7.
const LEADING_ZERO = /^-?0\d/;
// What a number's text may hold besides its digits, sign and decimal comma.
const GROUPING = /[\s\u00a0\u202f\u2009%]/g;

/**
 * The fraction a percent text stands for, its own digits shifted: `9,523809523809523 %` is
 * exactly 0.09523809523809523 (through a number first, its last digit could change).
 */
function fractionOf(percentText: string): number {
  const digits = percentText.replace(GROUPING, "").replace(",", ".").replace("\u2212", "-");
  return Number(`${digits}e-2`);
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["ИСТИНА", true],
  ["ЛОЖЬ", false],
  ["TRUE", true],
  ["FALSE", false],
]);

/**
 * One field of a .csv file as the cell Excel would make of it: a number (`12,5`, `1 245`), a
 * percent cell (`62,1 %`, the fraction 0,621), a date (`31.03.2022`), a logical value, else the
 * text as written. Numbers and dates are read by the engine's own rules for text cells.
 */
export function csvCellValue(text: string, shared: SharedCells): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!LEADING_ZERO.test(trimmed)) {
    const number = parseShare(trimmed);
    if (number.kind === "ok")
      return number.percent === true ? shared.percent(fractionOf(trimmed)) : number.value;
  }
  // Only the day: a date cell of .xlsx is that day's midnight, UTC.
  const iso = /\d[.-]\d/.test(trimmed) ? isoDateOf(trimmed) : null;
  if (iso !== null) return shared.date(new Date(`${iso}T00:00:00Z`));
  return BOOLEANS.get(trimmed) ?? text;
}
