import { SOCIAL_INPUTS } from "../../isbsh/socialInputs";

/** The largest value a count or a measure of one row can plausibly have. */
export interface PlausibleMax {
  readonly key: string;
  readonly most: number;
  /** Why this is the bound, in a few words. */
  readonly basis: string;
}

// The largest schools of Russia teach about 15 000 students in several buildings.
const STUDENTS = 50_000;

/**
 * Values above these are typing or export errors, never data (issue «Never a silent wrong
 * answer»): each is an error at its cell and the value is left out, as an invalid one is
 * (DECISIONS A-11). A key not listed may be any whole number that a double holds exactly.
 */
export const PLAUSIBLE_MAX: readonly PlausibleMax[] = [
  { key: "students", most: STUDENTS, basis: "the largest schools teach about 15 000" },
  { key: "teachers", most: 10_000, basis: "the largest schools employ about 1 000" },
  { key: "kpkCompleted", most: 10_000, basis: "no more than the teachers" },
  { key: "grads9", most: 10_000, basis: "a fifth of the students at most" },
  { key: "cont10", most: 10_000, basis: "no more than the graduates of grade 9" },
  { key: "olympiad3y", most: 10_000, basis: "participants of three years" },
  { key: "vacancies", most: 10_000, basis: "no more than the teachers" },
  ...SOCIAL_INPUTS.map((input) => ({
    key: input.key,
    most: STUDENTS,
    basis: "a count of students",
  })),
  { key: "participants", most: 10_000, basis: "one school's participants of one procedure" },
  { key: "grade", most: 12, basis: "grades 1–11, and 12 in evening schools" },
  { key: "mean", most: 100, basis: "the highest score of any procedure is 100" },
  { key: "hours", most: 10_000, basis: "the longest retraining programmes run to about 2 000" },
];

const MOST = new Map(PLAUSIBLE_MAX.map((entry) => [entry.key, entry.most]));

/** The largest plausible value of a field: its entry's, or the largest exact whole number. */
export function plausibleMax(key: string): number {
  return MOST.get(key) ?? Number.MAX_SAFE_INTEGER;
}
