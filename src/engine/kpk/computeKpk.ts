import { kpkTotals } from "./kpkTotals";
import { addMonths, addYears, dayFromIso } from "../format/dayMath";
import { messages, type ProblemCode, type ProblemText } from "../messages";
import type { Day } from "../Day";
import { cellAddress } from "../read/cellAddress";
import { ProblemLog } from "../read/ProblemLog";
import type { SchoolRecord } from "../read/SchoolRecord";
import type { TeacherRow, TeacherSink } from "../read/readTeachers";
import type { Settings } from "../settings";
import type { Severity } from "../types";
import { CourseDays } from "./courseDays";
import { isHead } from "./isHead";
import { isPrivateProvider, PUBLIC_PROVIDERS_FROM } from "./isPrivateProvider";
import { kpkShare } from "./kpkShare";
import { memo } from "../memo";
import type { KpkCount } from "./pooledShare";

const EPS = 1e-9;

/** The КПК figures of one school (SPEC 6.2 `kpk`). */
export interface SchoolKpk {
  readonly completed: number | null;
  readonly total: number | null;
  readonly share: number | null;
  readonly source: "Педагоги" | "ОО" | null;
  /** Heads and teachers split, from Педагоги only; `{}` without it. */
  readonly heads: KpkCount | Record<string, never>;
  readonly teachers: KpkCount | Record<string, never>;
}

/** One person of the КПК plan (SPEC 4.1). */
export interface KpkPlanEntry {
  readonly school: number;
  readonly schoolName: string;
  readonly fio: string;
  readonly position: string | null;
  readonly head: boolean;
  readonly lastCourse: string | null;
  /** ISO date of the last course that counts, or null. */
  readonly lastEnd: string | null;
  /** ISO date the next course is due, or null when it is due now (no course). */
  readonly due: string | null;
  readonly state: "none" | "overdue" | "soon";
  readonly row: number;
}

export interface KpkOutcome {
  readonly schools: SchoolKpk[];
  readonly total: KpkCount;
  readonly heads: KpkCount;
  readonly teachers: KpkCount;
  readonly plan: KpkPlanEntry[];
}

interface Person {
  readonly fio: string;
  head: boolean;
  position: string | null;
  /** The end of the last course long enough; completed when it is within the window. */
  lastEnd: Day | null;
  lastCourse: string | null;
  readonly row: number;
}

const count = (completed: number, total: number): KpkCount => ({
  completed,
  total,
  share: total > 0 ? completed / total : null,
});

/**
 * КПК per school and pooled (SPEC 4.1, DECISIONS A-40…A-45): from Педагоги where the school
 * has rows there, else from the ОО counts; plus the plan of who is overdue or due soon.
 */
export function computeKpk(
  schools: readonly SchoolRecord[],
  teacherRows: readonly TeacherRow[],
  settings: Settings,
  problems: ProblemLog,
): KpkOutcome {
  const tally = new KpkTally(schools, settings);
  for (const t of teacherRows) tally.add(t);
  return tally.finish(problems);
}

/** What a school's persons added up to, kept once its rows are all counted. */
interface StaffCounts {
  readonly staff: number;
  readonly completed: number;
  readonly heads: number;
  readonly headsDone: number;
  readonly plan: readonly KpkPlanEntry[];
}

/**
 * The КПК of {@link computeKpk} counted row by row while Педагоги is read, so that its rows need
 * not be kept: a country's sheet has a million of them. A school's persons are added up and
 * dropped as soon as its last row is counted ({@link schoolDone}), so that only the schools
 * being read hold persons: a country's 700 000 persons all alive at once were 100 MB.
 * Problems found in the rows are held back and recorded by `finish`, after those of the sheet
 * itself, in row order.
 */
export class KpkTally implements TeacherSink {
  private readonly asOf: Day;
  private readonly windowStart: Day;
  private readonly horizon: Day;
  private readonly courseDays: CourseDays;
  private readonly publicOnlyFrom = dayFromIso(PUBLIC_PROVIDERS_FROM);
  private readonly persons: (Map<string, Person> | null)[];
  private readonly counted: (StaffCounts | null)[];
  private readonly rowProblems = new ProblemLog();
  // Positions and providers repeat across thousands of rows: each distinct one is judged once.
  private readonly head = memo(isHead);
  private readonly privateProvider = memo(isPrivateProvider);
  private lastSchool = -1;
  private lastKey = "";
  private lastPerson: Person | null = null;

  constructor(
    private readonly schools: readonly SchoolRecord[],
    private readonly settings: Settings,
  ) {
    this.asOf = dayFromIso(settings.asOf);
    this.windowStart = addYears(this.asOf, -settings.kpkYears);
    this.horizon = addMonths(this.asOf, settings.kpkPlanMonths);
    this.courseDays = new CourseDays(settings.kpkYears);
    this.persons = schools.map(() => null);
    this.counted = schools.map(() => null);
  }

  /** Counts one row of Педагоги. */
  add(t: TeacherRow): void {
    const { asOf, settings } = this;
    const person = this.personOf(t);
    if (t.position !== null && this.head(t.position)) {
      person.head = true;
      person.position = t.position;
    }
    if (t.endDate === null) return;
    if (t.endDate > asOf) {
      this.rowProblems.warning(
        t.sheet,
        teacherCell(t, "endDate"),
        messages.futureCourse(t.endDate, asOf),
      );
      return;
    }
    if (
      t.provider !== null &&
      t.endDate >= this.publicOnlyFrom &&
      this.privateProvider(t.provider)
    ) {
      this.rowProblems.warning(
        t.sheet,
        teacherCell(t, "provider"),
        messages.privateProvider(t.provider),
      );
    }
    if (t.hours === null || t.hours < settings.kpkMinHours - EPS) return;
    if (person.lastEnd === null || t.endDate > person.lastEnd) {
      person.lastEnd = t.endDate;
      person.lastCourse = t.course;
    }
  }

  /** Adds up a school whose rows are all counted and lets its persons go. */
  schoolDone(school: number): void {
    const staff = this.persons[school];
    if (staff === null) return;
    this.persons[school] = null;
    if (this.lastSchool === school) this.lastPerson = null;
    const { asOf, courseDays } = this;
    const schoolName = this.schools[school].name;
    const plan: KpkPlanEntry[] = [];
    let completed = 0;
    let heads = 0;
    let headsDone = 0;
    for (const p of staff.values()) {
      const counts = p.lastEnd !== null && p.lastEnd > this.windowStart;
      if (counts) completed++;
      if (p.head) {
        heads++;
        if (counts) headsDone++;
      }
      const last = p.lastEnd === null ? null : courseDays.of(p.lastEnd);
      if (last === null || last.due <= this.horizon) {
        plan.push({
          school,
          schoolName,
          fio: p.fio,
          position: p.position,
          head: p.head,
          lastCourse: p.lastCourse,
          lastEnd: last === null ? null : last.endIso,
          due: last === null ? null : last.dueIso,
          state: last === null ? "none" : last.due <= asOf ? "overdue" : "soon",
          row: p.row,
        });
      }
    }
    this.counted[school] = { staff: staff.size, completed, heads, headsDone, plan };
  }

  /** The person of a row, made on its first row; the last one is at hand, as a person's course
   * rows are usually adjacent. */
  private personOf(t: TeacherRow): Person {
    const last = this.lastPerson;
    if (last !== null && t.school === this.lastSchool && t.person === this.lastKey) return last;
    let staff = this.persons[t.school];
    if (staff === null) {
      staff = new Map<string, Person>();
      this.persons[t.school] = staff;
    }
    let person = staff.get(t.person);
    if (!person) {
      person = {
        fio: t.fio,
        head: false,
        position: t.position,
        lastEnd: null,
        lastCourse: null,
        row: t.row,
      };
      staff.set(t.person, person);
    }
    this.lastSchool = t.school;
    this.lastKey = t.person;
    this.lastPerson = person;
    return person;
  }

  /** The КПК of every school, the pooled totals and the plan, once all rows are counted. */
  finish(problems: ProblemLog): KpkOutcome {
    for (const p of this.rowProblems.items) problems.add(p.severity, p.sheet, p.cell, p);
    const results: SchoolKpk[] = [];
    const plan: KpkPlanEntry[] = [];
    for (const school of this.schools) {
      this.schoolDone(school.index);
      const counted = this.counted[school.index];
      if (counted === null) {
        results.push(fromSchoolsSheet(school, problems));
        continue;
      }
      const { staff, completed, heads, headsDone } = counted;
      for (const entry of counted.plan) plan.push(entry);
      const headsCount = count(headsDone, heads);
      const teachersCount = count(completed - headsDone, staff - heads);
      results.push(
        fromTeachersSheet(school, staff, completed, headsCount, teachersCount, problems),
      );
    }
    const { heads, teachers, ...total } = kpkTotals(results);
    return { schools: results, total, heads, teachers, plan };
  }
}

/** The A1 address of a field of a Педагоги row, or null when the sheet has no such column. */
function teacherCell(row: TeacherRow, key: string): string | null {
  const col = row.columns.get(key);
  return col === undefined ? null : cellAddress(row.row - 1, col);
}

function fromSchoolsSheet(school: SchoolRecord, problems: ProblemLog): SchoolKpk {
  const outcome = kpkShare(school.kpkCompleted, school.teachers);
  const kpk = (share: number | null): SchoolKpk => ({
    completed: school.kpkCompleted,
    total: school.teachers,
    source: school.kpkCompleted === null && school.teachers === null ? null : "ОО",
    heads: {},
    teachers: {},
    share,
  });
  if ("share" in outcome) return kpk(outcome.share);
  if (outcome.error === "aboveTeachers")
    problemAt(
      problems,
      "error",
      school,
      "kpkCompleted",
      messages.kpkAboveTeachers(school.kpkCompleted!, school.teachers!),
    );
  if (outcome.error === "noTeachers")
    problemAt(
      problems,
      "error",
      school,
      "kpkCompleted",
      messages.kpkNoTeachers(school.kpkCompleted!),
    );
  return kpk(null);
}

function fromTeachersSheet(
  school: SchoolRecord,
  staff: number,
  completed: number,
  heads: KpkCount,
  teachers: KpkCount,
  problems: ProblemLog,
): SchoolKpk {
  const given = school.kpkCompleted;
  if (given !== null && given !== completed) {
    problemAt(
      problems,
      "warning",
      school,
      "kpkCompleted",
      messages.kpkDiffers(school.name, completed, given),
    );
  }
  const official = school.teachers;
  if (official !== null && official !== staff) {
    problemAt(
      problems,
      "warning",
      school,
      "teachers",
      messages.staffDiffers(school.name, staff, official),
    );
  }
  const total = official ?? staff;
  const kpk = (share: number | null): SchoolKpk => ({
    completed,
    total,
    source: "Педагоги",
    heads,
    teachers,
    share,
  });
  if (completed > total) {
    problemAt(
      problems,
      "error",
      school,
      "teachers",
      messages.staffCompletedAboveTeachers(school.name, completed, total),
    );
    return kpk(null);
  }
  return kpk(total > 0 ? completed / total : null);
}

/** Records a problem at a field of a school's ОО row: a figure read from there has its column. */
function problemAt(
  problems: ProblemLog,
  severity: Severity,
  school: SchoolRecord,
  key: string,
  said: ProblemText<ProblemCode>,
): void {
  const at = school.cells.cell(key)!;
  problems.add(severity, at.sheet, at.cell, said);
}
