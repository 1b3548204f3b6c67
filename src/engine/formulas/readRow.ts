import { REFERENCE_INDICATORS } from "../indicators/INDICATORS";
import type { ResolvedReference } from "../indicators/IndicatorContext";
import { lowestShare } from "../indicators/lowestShare";
import { SOCIAL_INPUTS, type SocialInput } from "../isbsh/socialInputs";
import { messages } from "../messages";
import type { Parsed } from "../read/parseValue";
import type { SchoolRecord } from "../read/SchoolRecord";
import { parseRiskLevel } from "../risks/parseRiskLevel";
import type { Settings } from "../settings";
import type { CellValue, RiskLevel } from "../types";
import { blankSchool } from "./blankSchool";
import {
  readCount,
  readNonNegative,
  readNumber,
  readShare,
  readText,
  shownValue,
} from "./formulaArguments";
import { answer, badInput, type FormulaOutcome } from "./FormulaOutcome";
import { formulaMessages } from "./formulaMessages";
import { hasGrade10 } from "../read/hasGrade10";
import { countedShare } from "./kpkShareFormula";
import { parseFlag } from "./parseFlag";
import type { MappedColumn } from "./rowColumns";
import type { RowKey } from "./ROW_FIELDS";
import { resultRow, type ResultRows, type SchoolFigures } from "./syntheticContext";

/** A row of indicators read: the school's figures for the engine, and its КПК share for RF5. */
export interface RowFigures {
  readonly figures: SchoolFigures;
  readonly kpkShare: number | null;
}

type CountKey =
  "students" | "teachers" | "kpkCompleted" | "grads9" | "cont10" | "olympiad3y" | "vacancies";
const COUNT_KEYS = new Set<string>([
  "students",
  "teachers",
  "kpkCompleted",
  "grads9",
  "cont10",
  "olympiad3y",
  "vacancies",
]);
const SOCIAL_KEYS = new Set<string>(SOCIAL_INPUTS.map((input) => input.key));
const SOCIAL_LABELS = new Map<string, string>(
  SOCIAL_INPUTS.map((input) => [input.key, input.label]),
);
const REFERENCE_FIELDS = new Map(REFERENCE_INDICATORS.map((r) => [r.code, r.field]));
const RISK_FACTOR_KEY = /^RF\d+$/;

/** What readRow does with an ОО column of a row. */
type SchoolField = "count" | "social" | "name" | "level" | "isbsh" | "riskFactor" | "other";

// Worked out once per key rather than once per cell: a row formula reads a cell of each.
const schoolFields = new Map<string, SchoolField>();

function schoolFieldOf(key: string): SchoolField {
  let field = schoolFields.get(key);
  if (field === undefined) {
    if (COUNT_KEYS.has(key)) field = "count";
    else if (SOCIAL_KEYS.has(key)) field = "social";
    else if (key === "name" || key === "level" || key === "isbsh") field = key;
    else if (RISK_FACTOR_KEY.test(key)) field = "riskFactor";
    else field = "other";
    schoolFields.set(key, field);
  }
  return field;
}

// Summary figures with no year in their header belong to the reporting year; with no year
// anywhere a nominal one stands for it, and only Y itself is then known.
const NOMINAL_YEAR = 0;

// A row has up to eleven risk-factor levels and a flag, in a few words («высокий», 3, «да»):
// each distinct word is read once. Parsed values are never changed, so they can be shared.
const WORDS_LIMIT = 256;

function readOnce<T>(parse: (value: CellValue) => Parsed<T>): (value: CellValue) => Parsed<T> {
  const known = new Map<CellValue, Parsed<T>>();
  return (value) => {
    if (typeof value === "object" && value !== null) return parse(value);
    let parsed = known.get(value);
    if (parsed === undefined) {
      parsed = parse(value);
      if (known.size >= WORDS_LIMIT) known.clear();
      known.set(value, parsed);
    }
    return parsed;
  };
}

const riskLevelOf = readOnce(parseRiskLevel);
const flagOf = readOnce(parseFlag);

/** The first bad value of a row: the row's answer is that error. */
interface Failure {
  first: FormulaOutcome<never> | null;
}

/** A value read, or null when it is missing or bad (the first bad one is kept in `failure`). */
function take<T>(failure: Failure, outcome: FormulaOutcome<T>): T | null {
  if (outcome.ok) return outcome.value;
  if (outcome.error === "value" && failure.first === null) failure.first = outcome;
  return null;
}

/**
 * Reads one row of indicators under its recognised headers into the figures of one school, so
 * that INDICATORS, classify and riskLevels decide as for a school of a workbook. Each value is
 * parsed as its ОО or Результаты column would be (SPEC 3.2); an empty cell is missing. The
 * reporting year Y is Параметры `year`, else the latest year in the headers (filled or not, so
 * that every row under them has the same Y), else the latest year of a reference in Параметры.
 */
export function readRow(
  cells: readonly CellValue[],
  columns: readonly MappedColumn[],
  settings: Settings,
): FormulaOutcome<RowFigures> {
  const failure: Failure = { first: null };

  const year = reportingYear(settings, columns);
  const counts: Partial<Record<CountKey, number>> = {};
  const socialShares: Partial<Record<SocialInput["key"], number>> = {};
  const socialCounts: Partial<Record<SocialInput["key"], number>> = {};
  const riskLevels = new Map<string, RiskLevel>();
  const row: Partial<Record<RowKey, number | boolean>> = {};
  const results: ResultRows = [];
  const given = new Map<string, number>();
  let name: string | null = null;
  let level: string | null = null;
  let isbshGiven: number | null = null;

  for (const { index, header, column } of columns) {
    const value = cells[index];
    switch (column.kind) {
      case "school": {
        const key = column.key;
        switch (schoolFieldOf(key)) {
          case "count": {
            const n = take(failure, readCount(value, header));
            if (n !== null) counts[key as CountKey] = n;
            break;
          }
          case "social": {
            const input = key as SocialInput["key"];
            const n = take(
              failure,
              column.count ? readCount(value, header) : readShare(value, header),
            );
            if (n !== null) (column.count ? socialCounts : socialShares)[input] = n;
            break;
          }
          case "name":
            name = take(failure, readText(value, header));
            break;
          case "level":
            level = take(failure, readText(value, header));
            break;
          case "isbsh":
            isbshGiven = take(failure, readNumber(value, header));
            break;
          case "riskFactor": {
            const parsed = riskLevelOf(value);
            if (parsed.kind === "ok") riskLevels.set(key, parsed.value);
            else if (parsed.kind === "invalid") {
              take(
                failure,
                badInput(formulaMessages.column(header, messages.badRiskLevel(shownValue(value)))),
              );
            }
            break;
          }
        }
        break;
      }
      case "row": {
        const { key, kind } = column.field;
        if (kind === "flag") {
          const parsed = flagOf(value);
          if (parsed.kind === "ok") row[key] = parsed.value;
          else if (parsed.kind === "invalid") {
            take(failure, badInput(formulaMessages.notAFlag(header, shownValue(value))));
          }
        } else {
          const n = take(
            failure,
            kind === "share" ? readShare(value, header) : readNumber(value, header),
          );
          if (n !== null) row[key] = n;
        }
        break;
      }
      case "result": {
        const n = take(
          failure,
          column.field === "mean" ? readNonNegative(value, header) : readShare(value, header),
        );
        if (n === null) break;
        // The rows are this formula's own, made just now, so filling them in is safe.
        const target = resultRow(
          results,
          column.procedure,
          column.subject,
          column.year ?? year,
        ) as {
          mean: number | null;
          failShare: number | null;
        };
        // Named fields, not target[column.field]: a store by a varying key was the costliest
        // line of a row formula.
        if (column.field === "mean") {
          if (target.mean === null) target.mean = n;
        } else if (target.failShare === null) target.failShare = n;
        break;
      }
      case "reference": {
        // A reference of another year is never used for Y (DECISIONS A-33).
        if ((column.year ?? year) !== year || given.has(column.code)) break;
        const field = REFERENCE_FIELDS.get(column.code);
        const n = take(
          failure,
          field === "mean" ? readNumber(value, header) : readShare(value, header),
        );
        if (n !== null) given.set(column.code, n);
        break;
      }
    }
  }
  if (failure.first) return failure.first;

  const { grads9, cont10, olympiad3y, students, teachers, kpkCompleted, vacancies } = counts;
  if (grads9 !== undefined && cont10 !== undefined && cont10 > grads9) {
    return badInput(messages.cont10AboveGrads(cont10, grads9));
  }
  const social: Partial<Record<SocialInput["key"], number>> = { ...socialShares };
  for (const [key, count] of Object.entries(socialCounts) as [SocialInput["key"], number][]) {
    if (students === undefined || students === 0) continue;
    if (count > students)
      return badInput(messages.countAboveStudents(SOCIAL_LABELS.get(key)!, count, students));
    social[key] = count / students;
  }

  let kpkShare = typeof row.kpkShare === "number" ? row.kpkShare : null;
  if (kpkShare === null && kpkCompleted !== undefined && teachers !== undefined) {
    const share = countedShare(kpkCompleted, teachers);
    if (!share.ok && share.error === "value") return share;
    kpkShare = share.ok ? share.value : null;
  }

  const school: SchoolRecord = blankSchool({
    name: name ?? "",
    level,
    hasGrade10: hasGrade10(level, name ?? "школа"),
    students: students ?? null,
    teachers: teachers ?? null,
    kpkCompleted: kpkCompleted ?? null,
    grads9: grads9 ?? null,
    cont10: cont10 ?? null,
    olympiad3y: olympiad3y ?? null,
    vacancies: vacancies ?? null,
    social,
    isbshGiven,
    riskLevels,
  });

  return answer({
    figures: {
      school,
      year,
      settings,
      results,
      references: resolveReferences(year, given, settings),
      lowest: lowestOf(row, settings),
      // A share given as is serves I2 or I3 unless the row has both counts it comes from.
      continuation:
        grads9 !== undefined && cont10 !== undefined ? undefined : givenShare(row.continuation),
      olympiadShare:
        olympiad3y !== undefined && students !== undefined
          ? undefined
          : givenShare(row.olympiadShare),
    },
    kpkShare,
  });
}

function givenShare(value: number | boolean | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function reportingYear(settings: Settings, columns: readonly MappedColumn[]): number {
  if (settings.year !== null) return settings.year;
  let year = latestColumnYear(columns);
  if (year === null)
    for (const r of settings.references) if (year === null || r.year > year) year = r.year;
  return year ?? NOMINAL_YEAR;
}

// The columns of the previous call and their latest year: a column of formulas shares them.
let lastYear: { columns: readonly MappedColumn[]; year: number | null } = {
  columns: [],
  year: null,
};

/** The latest year of a result or reference column, if any header has one. */
function latestColumnYear(columns: readonly MappedColumn[]): number | null {
  if (columns === lastYear.columns) return lastYear.year;
  let year: number | null = null;
  for (const { column } of columns) {
    if ((column.kind === "result" || column.kind === "reference") && column.year !== null) {
      if (year === null || column.year > year) year = column.year;
    }
  }
  lastYear = { columns, year };
  return year;
}

/** References of year Y: the row's own columns first, then Параметры (DECISIONS ). */
function resolveReferences(
  year: number,
  given: ReadonlyMap<string, number>,
  settings: Settings,
): Record<string, ResolvedReference> {
  const resolved: Record<string, ResolvedReference> = {};
  for (const ref of REFERENCE_INDICATORS) {
    const value =
      given.get(ref.code) ??
      settings.references.find(
        (r) =>
          r.procedure === ref.procedure &&
          r.subject === ref.subject &&
          r.field === ref.field &&
          r.year === year,
      )?.value;
    if (value !== undefined) resolved[ref.code] = { value, source: "regional" };
  }
  return resolved;
}

/**
 * I1 from a row (ROW_FIELDS): the flag as given; else the composite at or below the district's
 * k-th lowest composite; else the percentile rank at or below lowShare. Both comparisons are
 * lowestShare's, with the threshold as the lowest of two values, so its ε applies.
 */
function lowestOf(
  row: Partial<Record<RowKey, number | boolean>>,
  settings: Settings,
): SchoolFigures["lowest"] {
  const composite = typeof row.composite === "number" ? row.composite : null;
  const threshold = typeof row.lowestThreshold === "number" ? row.lowestThreshold : null;
  if (typeof row.lowest === "boolean") return { met: row.lowest, value: composite, threshold };
  const atOrBelow = (value: number, limit: number) =>
    lowestShare([limit, value], 0).met[1] === true;
  if (composite !== null && threshold !== null) {
    return { met: atOrBelow(composite, threshold), value: composite, threshold };
  }
  const rank = typeof row.percentileRank === "number" ? row.percentileRank : null;
  if (rank !== null)
    return { met: atOrBelow(rank, settings.lowShare), value: rank, threshold: settings.lowShare };
  return { met: null, value: composite, threshold: null };
}
