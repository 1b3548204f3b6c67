import type { Day } from "../Day";

const DAY_MS = 86_400_000;

// The days of years 1000…9999 are counted without a Date object (proleptic Gregorian, as Date
// counts): a country's КПК plan works out hundreds of thousands of dates. Other days go through
// Date, which years below 100 and above 9999 need.
const DAYS_400_YEARS = 146_097;
const TO_MARCH_0000 = 719_468; // days from 0000-03-01 to 1970-01-01
const FIRST_FAST_YEAR = 1000;
const LAST_FAST_YEAR = 9999;
const FIRST_FAST_DAY = dayOfCivil(FIRST_FAST_YEAR, 1, 1);
const LAST_FAST_DAY = dayOfCivil(LAST_FAST_YEAR, 12, 31);

/** A calendar date: month and day from 1. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

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
  const date = civilDate(day);
  const year = date === null ? 0 : date.year + years;
  if (date === null || !(year >= FIRST_FAST_YEAR && year <= LAST_FAST_YEAR))
    return addMonths(day, 12 * years);
  const leapDayGone = date.month === 2 && date.day === 29 && !isLeap(year);
  return dayOfCivil(year, date.month, leapDayGone ? 28 : date.day);
}

/** The day number of an ISO date `YYYY-MM-DD`. */
export function dayFromIso(iso: string): Day {
  return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
}

/** The calendar date of a day of years 1000…9999, worked out without a Date object; else null. */
export function civilDate(day: Day): CivilDate | null {
  return day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY ? civilOfDay(day) : null;
}

/** The calendar date of a day number of a year ≥ 0 (H. Hinnant's method). */
function civilOfDay(dayNumber: Day): CivilDate {
  const z = dayNumber + TO_MARCH_0000;
  const era = Math.floor(z / DAYS_400_YEARS);
  const dayOfEra = z - era * DAYS_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of a calendar date of a year ≥ 0. */
function dayOfCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_400_YEARS + dayOfEra - TO_MARCH_0000;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
