import { preParse, type Parsed } from "../read/parseValue";
import type { CellValue } from "../types";

const TRUE_WORDS = new Set(["да", "+", "1", "true", "истина", "✓", "выполнен"]);
const FALSE_WORDS = new Set(["нет", "−", "0", "false", "ложь", "не выполнен"]);

/**
 * Reads a yes/no cell (SPEC 3.2): да/нет, +/−, 1/0, TRUE/FALSE, ИСТИНА/ЛОЖЬ, and the report's
 * ✓. The missing tokens of A-09 stay missing, so «—» and «-» are н/д, never «нет».
 */
export function parseFlag(value: CellValue): Parsed<boolean> {
  if (typeof value === "boolean") return { kind: "ok", value };
  if (typeof value === "number") {
    return value === 1 || value === 0
      ? { kind: "ok", value: value === 1 }
      : { kind: "invalid", text: String(value) };
  }
  const pre = preParse(value);
  if (pre) return pre;
  if (typeof value !== "string") return { kind: "invalid", text: String(value) };
  const word = value.trim().toLowerCase().replace(/\s+/g, " ");
  if (TRUE_WORDS.has(word)) return { kind: "ok", value: true };
  if (FALSE_WORDS.has(word)) return { kind: "ok", value: false };
  return { kind: "invalid", text: value };
}
