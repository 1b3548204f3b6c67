import { normalizeHeader } from "../text/normalizeHeader";

const PROCEDURES = ["ОГЭ", "ЕГЭ", "ВПР", "ГВЭ", "НИКО", "РТ", "ДКР"] as const;

/** The procedure of a result row by its first letters (DECISIONS A-24); others kept as written. */
export function normalizeProcedure(text: string): string {
  const upper = normalizeHeader(text).toUpperCase();
  return PROCEDURES.find((p) => upper.startsWith(p)) ?? upper;
}
