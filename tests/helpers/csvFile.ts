import type { CellValue } from "../../src/engine";

/** How a .csv file is written: its separator and encoding. */
export interface CsvStyle {
  readonly separator: ";" | "," | "\t";
  readonly encoding: "utf-8" | "utf-8-bom" | "windows-1251" | "utf-16le";
}

/** As Russian Excel saves «CSV (разделители — запятые)»: `;` and Windows-1251. */
export const EXCEL_CSV: CsvStyle = { separator: ";", encoding: "windows-1251" };

/**
 * A .csv file of rows as Russian Excel writes one: numbers with a decimal comma, percent cells
 * as `62,1 %`, dates as `31.03.2022`, quotes where a field holds a separator, a quote or a line
 * break.
 */
export function csvFile(rows: readonly (readonly CellValue[] | undefined)[], style: CsvStyle) {
  const text = rows
    .map((row = []) =>
      Array.from(row, (value) => csvField(value, style.separator)).join(style.separator),
    )
    .join("\r\n");
  return encode(text + "\r\n", style.encoding);
}

function csvField(value: CellValue, separator: string): string {
  if (value === null || value === undefined) return "";
  // With `,` between fields a decimal comma must be quoted, as Excel does.
  const decimal = (n: number) => quoted(String(n).replace(".", ","), separator);
  if (typeof value === "number") return decimal(value);
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  if (value instanceof Date) return value.toISOString().slice(0, 10).split("-").reverse().join(".");
  if (typeof value === "object" && "percent" in value)
    return quoted(`${percentDigits(value.percent).replace(".", ",")} %`, separator);
  if (typeof value === "object") return value.error;
  return quoted(value, separator);
}

/**
 * A fraction's digits as a percent, the point moved in the text: `0.0952…23` is `9.52…23`, which
 * reads back as the very same fraction (multiplying by 100 could change its last digit).
 */
function percentDigits(fraction: number): string {
  const text = String(fraction);
  if (text.includes("e")) return String(fraction * 100);
  const [, sign, whole, part = ""] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)!;
  const digits = whole + part.padEnd(2, "0");
  const point = whole.length + 2;
  const shifted = `${digits.slice(0, point).replace(/^0+(?=\d)/, "")}.${digits.slice(point)}`;
  return sign + shifted.replace(/\.$/, "");
}

function quoted(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text in one of the encodings a .csv file comes in. */
export function encode(text: string, encoding: CsvStyle["encoding"]): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  if (encoding === "utf-8-bom") return Buffer.from("\ufeff" + text, "utf8");
  if (encoding === "utf-16le") return Buffer.from("\ufeff" + text, "utf16le");
  return Buffer.from(Array.from(text, windows1251Byte));
}

// The letters of Windows-1251 beyond ASCII that the tests' texts use.
const CP1251_EXTRA: Record<string, number> = { Ё: 0xa8, ё: 0xb8, "№": 0xb9, "«": 0xab, "»": 0xbb };

function windows1251Byte(char: string): number {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code;
  // А…я are 0xC0…0xFF in order.
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  const extra = CP1251_EXTRA[char];
  if (extra === undefined) throw new Error(`no Windows-1251 byte for «${char}»`);
  return extra;
}
