import { preParse, type Parsed } from "../read/parseValue";
import type { CellValue, RiskLevel } from "../types";

const WORDS: Readonly<Record<string, RiskLevel>> = {
  высокий: "high",
  "3": "high",
  да: "high",
  "+": "high",
  средний: "medium",
  "2": "medium",
  низкий: "low",
  "1": "low",
  "0": "low",
  нет: "low",
  "риск не выявлен": "low",
  "не выявлен": "low",
};

/**
 * Reads a risk-factor level as users give it (METHOD-NOTES 2): «высокий», «средний»,
 * «низкий», «нет»/«риск не выявлен», 3/2/1/0, «да»/«+» (the school chose this factor).
 */
export function parseRiskLevel(value: CellValue): Parsed<RiskLevel> {
  if (typeof value === "number") {
    const level = WORDS[String(value)];
    return level ? { kind: "ok", value: level } : { kind: "invalid", text: String(value) };
  }
  if (typeof value === "string" && value.trim() === "+") return { kind: "ok", value: "high" };
  const pre = preParse(value);
  if (pre) return pre;
  if (typeof value === "boolean") return { kind: "ok", value: value ? "high" : "low" };
  const text = String(value).trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  const level = WORDS[text];
  return level ? { kind: "ok", value: level } : { kind: "invalid", text: String(value) };
}
