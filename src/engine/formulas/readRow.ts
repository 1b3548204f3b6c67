import { REFERENCE_INDICATORS } from "../indicators/INDICATORS";
import type { ResolvedReference } from "../indicators/IndicatorContext";
import { lowestShare } from "../indicators/lowestShare";
import type { SocialInput } from "../isbsh/socialInputs";
import { messages } from "../messages";
import type { Parsed } from "../read/parseValue";
import { plausibleMax } from "../read/schema/PLAUSIBLE_MAX";
import { brokenLimit } from "../read/schema/brokenLimit";
import type { SchoolColumnSpec } from "../read/schema/SCHOOL_COLUMNS";
import { SCHOOL_FIELDS } from "../read/schema/SCHOOL_FIELDS";
import { newSchoolRecord } from "../read/newSchoolRecord";
import { parseRiskLevel } from "../risks/parseRiskLevel";
import type { Settings } from "../settings";
import type { CellValue, RiskLevel } from "../types";
import {
  readCount,
  readNonNegative,
  readNumber,
  readShare,
  readColumnText,
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

const REFERENCE_FIELDS = new Map(REFERENCE_INDICATORS.map((r) => [r.code, r.field]));
const SCHOOL_FIELD_OF = new Map(SCHOOL_FIELDS.map((field) => [field.key, field]));

// A value of the ОО sheet's own columns, read from a row as the sheet reads it (SPEC 3.2): a
// column no rule reads («ШНОР» of TRUE and FALSE) never makes a row bad input.
const COLUMN_READERS: Readonly<
  Record<
    SchoolColumnSpec["kind"],
    (value: CellValue, label: string, key: string) => FormulaOutcome<string | number>
  >
> = {
  text: readColumnText,
  count: (value, label, key) => readCount(value, label, plausibleMax(key)),
  number: readNumber,
};

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
  const school = newSchoolRecord();
  const social: Partial<Record<SocialInput["key"], number>> = {};
  const socialCounts = new Map<SocialInput["key"], number>();
  const riskLevels = new Map<string, RiskLevel>();
  const row: Partial<Record<RowKey, number | boolean>> = {};
  const results: ResultRows = [];
  const given = new Map<string, number>();

  for (const { index, header, column } of columns) {
    const value = cells[index];
    switch (column.kind) {
      case "school": {
        const field = SCHOOL_FIELD_OF.get(column.key)!;
        const key = field.key;
        switch (field.kind) {
          case "text":
          case "count":
          case "number": {
            const read = take(failure, COLUMN_READERS[field.kind](value, header, key));
            if (read === null) break;
            school[key] = field.lowerCase === true ? String(read).toLowerCase() : read;
            break;
          }
          case "social": {
            const input = key as SocialInput["key"];
            if (column.count) {
              const n = take(failure, readCount(value, header, plausibleMax(input)));
              if (n !== null) socialCounts.set(input, n);
            } else {
              const n = take(failure, readShare(value, header));
              if (n !== null) social[input] = n;
            }
            break;
          }
          case "riskLevel": {
            const parsed = riskLevelOf(value);
            if (parsed.kind === "ok") riskLevels.set(key, parsed.value);
            else if (parsed.kind === "invalid") {
              take(
                failure,
                badInput(
                  formulaMessages.column(header, messages.badRiskLevel(shownValue(value)).message),
                ),
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

  school.hasGrade10 = hasGrade10(school.level, school.name ?? "школа");
  school.name ??= "";
  school.social = social; // filled in below, once the counts are checked
  school.riskLevels = riskLevels;
  const { grads9, cont10, olympiad3y, students, teachers, kpkCompleted } = school;
  // A social count is a share of the students: with none to divide by, it is left out.
  const divisible = students !== null && students > 0;
  const counted = divisible && socialCounts.size > 0;
  const broken = brokenLimit(
    (key) => school[key] ?? (counted ? socialCounts.get(key as SocialInput["key"]) : undefined),
  );
  if (broken) return badInput(broken.check.said(broken.value, broken.limit).message);
  if (divisible) for (const [key, count] of socialCounts) social[key] = count / students;

  let kpkShare = typeof row.kpkShare === "number" ? row.kpkShare : null;
  if (kpkShare === null && kpkCompleted !== null && teachers !== null) {
    const share = countedShare(kpkCompleted, teachers);
    if (!share.ok && share.error === "value") return share;
    kpkShare = share.ok ? share.value : null;
  }

  return answer({
    figures: {
      school,
      year,
      settings,
      results,
      references: resolveReferences(year, given, settings),
      lowest: lowestOf(row, settings),
      // A share given as is serves I2 or I3 unless the row has both counts it comes from.
      continuation: grads9 !== null && cont10 !== null ? undefined : givenShare(row.continuation),
      olympiadShare:
        olympiad3y !== null && students !== null ? undefined : givenShare(row.olympiadShare),
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
