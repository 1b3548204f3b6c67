import type { CellValue } from "../../types";
import { displayText, parseNumber, type Parsed } from "../parseValue";

/**
 * Reads a percentage as ФИС ОКО prints it, in percent points: the number `12.5` and the text
 * `12,5` are 12,5 %, and so are `12,5%` and a `%`-formatted cell holding 0.125. Unlike the
 * bare numbers of Результаты, an export's shares are always in percent.
 *
 * @returns Percent points from 0 to 100, or missing, an Excel error, or invalid text.
 */
export function parsePercentPoints(value: CellValue): Parsed<number> {
  const text = typeof value === "string" ? value.trim() : null;
  const parsed = parseNumber(text !== null && text.endsWith("%") ? text.slice(0, -1) : value);
  if (parsed.kind !== "ok") return parsed;
  const points = parsed.percent ? parsed.value * 100 : parsed.value;
  if (points < 0 || points > 100) return { kind: "invalid", text: displayText(value) };
  return { kind: "ok", value: points };
}
