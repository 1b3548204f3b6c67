import type { Day } from "../read/parseValue";

const DAY_MS = 86_400_000;

/** The same calendar day `months` months later; the 31st becomes the month's last day (29 Feb → 28 Feb). */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * DAY_MS);
  const target = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), last)) / DAY_MS);
}

/** The same calendar day `years` years later (DECISIONS A-41: 29 Feb → 28 Feb). */
export function addYears(day: Day, years: number): Day {
  return addMonths(day, 12 * years);
}

/** The day number of an ISO date `YYYY-MM-DD`. */
export function dayFromIso(iso: string): Day {
  return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
}
