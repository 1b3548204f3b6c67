import { addMonths, addYears, dayFromIso } from "../format/dayMath";
import { isoDate } from "../format/formatDate";
import { messages } from "../messages";
import type { Day } from "../read/parseValue";
import type { ProblemLog } from "../read/ProblemLog";
import type { SchoolRecord } from "../read/readSchools";
import type { TeacherRow } from "../read/readTeachers";
import type { Settings } from "../settings";
import { isHead } from "./isHead";
import { isPrivateProvider, PUBLIC_PROVIDERS_FROM } from "./isPrivateProvider";
import { kpkShare } from "./kpkShare";
import { pooledShare, type KpkCount } from "./pooledShare";

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
  counts: boolean;
  lastEnd: Day | null;
  lastCourse: string | null;
  readonly row: number;
}

const count = (completed: number, total: number): KpkCount => ({ completed, total, share: total > 0 ? completed / total : null });

/**
 * КПК per school and pooled (SPEC 4.1, DECISIONS A-40…A-45): from Педагоги where the school
 * has rows there, else from the ОО counts; plus the plan of who is overdue or due soon.
 */
export function computeKpk(schools: readonly SchoolRecord[], teacherRows: readonly TeacherRow[], settings: Settings, problems: ProblemLog): KpkOutcome {
  const asOf = dayFromIso(settings.asOf);
  const windowStart = addYears(asOf, -settings.kpkYears);
  const horizon = addMonths(asOf, settings.kpkPlanMonths);
  const publicOnlyFrom = dayFromIso(PUBLIC_PROVIDERS_FROM);
  const persons = schools.map(() => new Map<string, Person>());

  for (const t of teacherRows) {
    let person = persons[t.school].get(t.person);
    if (!person) {
      person = { fio: t.fio, head: false, position: t.position, counts: false, lastEnd: null, lastCourse: null, row: t.row };
      persons[t.school].set(t.person, person);
    }
    if (isHead(t.position)) {
      person.head = true;
      person.position = t.position;
    }
    if (t.endDate === null) continue;
    if (t.endDate > asOf) {
      problems.warning(problemsSheet(t), t.endDateCell, "futureCourse", messages.futureCourse(t.endDate, asOf));
      continue;
    }
    if (t.provider !== null && t.endDate >= publicOnlyFrom && isPrivateProvider(t.provider)) {
      problems.warning(problemsSheet(t), t.providerCell, "privateProvider", messages.privateProvider(t.provider));
    }
    if (t.hours === null || t.hours < settings.kpkMinHours - EPS) continue;
    if (person.lastEnd === null || t.endDate > person.lastEnd) {
      person.lastEnd = t.endDate;
      person.lastCourse = t.course;
    }
    if (t.endDate > windowStart) person.counts = true;
  }

  const results: SchoolKpk[] = [];
  const plan: KpkPlanEntry[] = [];
  const headCounts: (KpkCount | null)[] = [];
  const teacherCounts: (KpkCount | null)[] = [];
  for (const school of schools) {
    const staff = persons[school.index];
    if (staff.size === 0) {
      results.push(fromSchoolsSheet(school, problems));
      continue;
    }
    let completed = 0;
    let heads = 0;
    let headsDone = 0;
    for (const p of staff.values()) {
      if (p.counts) completed++;
      if (p.head) {
        heads++;
        if (p.counts) headsDone++;
      }
      const due = p.lastEnd === null ? null : addYears(p.lastEnd, settings.kpkYears);
      if (due === null || due <= horizon) {
        plan.push({
          school: school.index,
          schoolName: school.name,
          fio: p.fio,
          position: p.position,
          head: p.head,
          lastCourse: p.lastCourse,
          lastEnd: p.lastEnd === null ? null : isoDate(p.lastEnd),
          due: due === null ? null : isoDate(due),
          state: due === null ? "none" : due <= asOf ? "overdue" : "soon",
          row: p.row,
        });
      }
    }
    const headsCount = count(headsDone, heads);
    const teachersCount = count(completed - headsDone, staff.size - heads);
    headCounts.push(headsCount);
    teacherCounts.push(teachersCount);
    results.push(fromTeachersSheet(school, staff.size, completed, headsCount, teachersCount, problems));
  }
  return {
    schools: results,
    total: pooledShare(results.map((r) => (r.share === null ? null : { completed: r.completed!, total: r.total!, share: r.share }))),
    heads: pooledShare(headCounts),
    teachers: pooledShare(teacherCounts),
    plan,
  };
}

function problemsSheet(row: TeacherRow): string {
  return row.sheet;
}

function fromSchoolsSheet(school: SchoolRecord, problems: ProblemLog): SchoolKpk {
  const outcome = kpkShare(school.kpkCompleted, school.teachers);
  const base = { completed: school.kpkCompleted, total: school.teachers, source: school.kpkCompleted === null && school.teachers === null ? null : ("ОО" as const), heads: {}, teachers: {} };
  if ("share" in outcome) return { ...base, share: outcome.share };
  const cell = school.sources.kpkCompleted;
  if (outcome.error === "aboveTeachers") problems.error(cell.sheet, cell.cell, "kpkAboveTeachers", messages.kpkAboveTeachers(school.kpkCompleted!, school.teachers!));
  if (outcome.error === "noTeachers") problems.error(cell.sheet, cell.cell, "kpkNoTeachers", messages.kpkNoTeachers(school.kpkCompleted!));
  return { ...base, share: null };
}

function fromTeachersSheet(school: SchoolRecord, staff: number, completed: number, heads: KpkCount, teachers: KpkCount, problems: ProblemLog): SchoolKpk {
  const given = school.kpkCompleted;
  if (given !== null && given !== completed) {
    const cell = school.sources.kpkCompleted;
    problems.warning(cell.sheet, cell.cell, "kpkDiffers", messages.kpkDiffers(school.name, completed, given));
  }
  const official = school.teachers;
  if (official !== null && official !== staff) {
    const cell = school.sources.teachers;
    problems.warning(cell.sheet, cell.cell, "staffDiffers", messages.staffDiffers(school.name, staff, official));
  }
  const total = official ?? staff;
  const base = { completed, total, source: "Педагоги" as const, heads, teachers };
  if (completed > total) {
    const cell = school.sources.teachers;
    problems.error(cell.sheet, cell.cell, "kpkAboveTeachers", messages.staffCompletedAboveTeachers(school.name, completed, total));
    return { ...base, share: null };
  }
  return { ...base, share: total > 0 ? completed / total : null };
}
