import { addYears } from "../format/dayMath";
import { isoDate } from "../format/formatDate";
import type { Day } from "../read/parseValue";

/**
 * The plan's dates of a last course (SPEC 4.1), worked out once per day a course ended: a
 * country's plan has hundreds of thousands of persons and a few thousand distinct days.
 */
export class CourseDays {
  private readonly byEnd = new Map<Day, CourseDay>();

  constructor(private readonly years: number) {}

  /** The dates of a last course that ended on `end`. */
  of(end: Day): CourseDay {
    let found = this.byEnd.get(end);
    if (found === undefined) {
      found = new CourseDay(end, this.years);
      this.byEnd.set(end, found);
    }
    return found;
  }
}

export class CourseDay {
  /** The day the next course is due: `years` after the end (DECISIONS A-41). */
  readonly due: Day;
  private endText: string | null = null;
  private dueText: string | null = null;

  constructor(
    readonly end: Day,
    years: number,
  ) {
    this.due = addYearsOf(end, years);
  }

  /** ISO date of the end; made once, when the plan first shows it. */
  get endIso(): string {
    return (this.endText ??= isoDateOf(this.end));
  }

  /** ISO date of the due day. */
  get dueIso(): string {
    return (this.dueText ??= isoDateOf(this.due));
  }
}

// The days of years 1000…9999 are counted without a Date object (proleptic Gregorian, as Date
// counts); other days go to the general functions, which years below 100 and above 9999 need.
const DAYS_400_YEARS = 146_097;
const TO_MARCH_0000 = 719_468; // days from 0000-03-01 to 1970-01-01
const FIRST_FAST_YEAR = 1000;
const LAST_FAST_YEAR = 9999;
const FIRST_FAST_DAY = dayOfCivil(FIRST_FAST_YEAR, 1, 1);
const LAST_FAST_DAY = dayOfCivil(LAST_FAST_YEAR, 12, 31);
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/** {@link isoDate} of a day: `yyyy-mm-dd`. */
export function isoDateOf(day: Day): string {
  if (!(day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY)) return isoDate(day);
  const date = civilOfDay(day);
  return `${date.year}-${TWO_DIGITS[date.month]}-${TWO_DIGITS[date.day]}`;
}

/** {@link addYears} of a day: the same calendar day `years` later, 29 Feb → 28 Feb. */
export function addYearsOf(day: Day, years: number): Day {
  if (!(day >= FIRST_FAST_DAY && day <= LAST_FAST_DAY)) return addYears(day, years);
  const date = civilOfDay(day);
  const year = date.year + years;
  if (!(year >= FIRST_FAST_YEAR && year <= LAST_FAST_YEAR)) return addYears(day, years);
  const leapDayGone = date.month === 2 && date.day === 29 && !isLeap(year);
  return dayOfCivil(year, date.month, leapDayGone ? 28 : date.day);
}

/** The calendar date of a day number of a year ≥ 0 (H. Hinnant's method). */
function civilOfDay(dayNumber: Day): { year: number; month: number; day: number } {
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
