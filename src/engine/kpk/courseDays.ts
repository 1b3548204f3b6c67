import { addYears } from "../format/dayMath";
import { isoDate } from "../format/formatDate";
import type { Day } from "../Day";

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
    this.due = addYears(end, years);
  }

  /** ISO date of the end; made once, when the plan first shows it. */
  get endIso(): string {
    return (this.endText ??= isoDate(this.end));
  }

  /** ISO date of the due day. */
  get dueIso(): string {
    return (this.dueText ??= isoDate(this.due));
  }
}
