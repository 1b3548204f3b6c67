import { civilDate } from "./dayMath";

const DAY_MS = 86_400_000;
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/** `dd.mm.yyyy` of a day number (days since 1970-01-01). */
export function formatDate(day: number): string {
  const d = new Date(day * DAY_MS);
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}

/** ISO `yyyy-mm-dd` of a day number. */
export function isoDate(day: number): string {
  const date = civilDate(day);
  if (date === null) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${date.year}-${TWO_DIGITS[date.month]}-${TWO_DIGITS[date.day]}`;
}
