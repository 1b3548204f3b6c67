import { isoDate } from "../format/formatDate";
import { parseDate } from "./parseValue";

/**
 * A date as a user types it, in Russian order (`31.03.2022`, `31.03.22`) or ISO (`2022-03-31`),
 * as ISO `yyyy-mm-dd`; the same reading as a date cell's text (DECISIONS A-09).
 *
 * @returns The ISO date, or null when the text is not a day of the calendar (`30.02.2022`).
 */
export function isoDateOf(text: string): string | null {
  const parsed = parseDate(text);
  return parsed.kind === "ok" ? isoDate(parsed.value) : null;
}
