import { messages } from "../messages";
import type { SheetInput } from "../types";
import { childMap } from "./childMap";
import { FieldReader } from "./FieldReader";
import { normalizeProcedure } from "./normalizeProcedure";
import { normalizeSubject } from "./normalizeSubject";
import { parseYear } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { readRepeated, type FieldRead } from "./readRepeated";
import { readShareColumn } from "./readShareColumn";
import { readTable } from "./readTable";
import type { SchoolRef } from "./resolveSchool";
import { resolveSchool } from "./resolveSchool";

/** One row of Результаты, matched to its school and parsed; missing values are null. */
export interface ResultRow {
  readonly school: number;
  /** The Excel row (1-based). */
  readonly row: number;
  readonly year: number;
  readonly procedure: string;
  readonly subject: string;
  /** The grade for ВПР; null for ОГЭ and ЕГЭ, whose grade column is ignored. */
  readonly grade: number | null;
  readonly participants: number | null;
  readonly mean: number | null;
  failShare: number | null;
  lowered: number | null;
  confirmed: number | null;
  raised: number | null;
}

export interface ResultsOutcome {
  readonly rows: ResultRow[];
  readonly sheetName: string | null;
  /** Column index per key, for the source cells of flags. */
  readonly columns: ReadonlyMap<string, number>;
  /** The kept row of a school for a procedure, subject, grade (null but for ВПР) and year. */
  readonly find: (
    school: number,
    procedure: string,
    subject: string,
    grade: number | null,
    year: number,
  ) => ResultRow | undefined;
}

const SHARE_KEYS = ["failShare", "lowered", "confirmed", "raised"] as const;

/**
 * Reads Результаты: rows of unmatched schools, with a bad year, without a ВПР grade and
 * duplicates are errors and left out; share columns are then judged
 * over the rows kept.
 */
export function readResults(
  sheet: SheetInput | undefined,
  schools: SchoolRef,
  problems: ProblemLog,
): ResultsOutcome {
  if (!sheet) return { rows: [], sheetName: null, columns: new Map(), find: () => undefined };
  const table = readTable(sheet, "results", problems);
  if (!table) return { rows: [], sheetName: sheet.name, columns: new Map(), find: () => undefined };
  if (table.missing.length > 0) {
    for (const key of table.missing)
      problems.error(sheet.name, null, "missingColumn", messages.missingColumn(sheet.name, key));
    return { rows: [], sheetName: sheet.name, columns: new Map(), find: () => undefined };
  }
  const reader = new FieldReader(table, problems);
  const rows: ResultRow[] = [];
  const kept: number[] = [];
  // Every kept row, per school by series (procedure, subject, grade) and year as one number: it
  // finds duplicates here and a school's exam rows later. A school's rows are few and usually
  // adjacent, so its small map stays in the CPU cache; a string key per row, or one large map
  // per series, made this the slowest step on long sheets.
  const seriesIds = new Map<string, Map<string, Map<number, number>>>();
  let nextSeries = 0;
  const bySchool: Map<number, ResultRow>[] = [];
  const years = new Map<string, number>();
  const procedures = new Map<string, string>();
  const subjects = new Map<string, string>();

  for (const r of table.dataRows) {
    const school = resolveSchool(reader, r, "school", schools, problems);
    if (school === null) continue;
    const year = readRepeated(reader, r, "year", years, readYear);
    if (year === null) {
      if (
        reader.raw(r, "year") === null ||
        reader.raw(r, "year") === undefined ||
        String(reader.raw(r, "year")).trim() === ""
      ) {
        problems.error(
          sheet.name,
          reader.address(r, "year"),
          "missingYear",
          messages.missingYear(),
        );
      }
      continue;
    }
    const procedure = readRepeated(reader, r, "procedure", procedures, readProcedure);
    if (procedure === null) {
      problems.error(
        sheet.name,
        reader.address(r, "procedure"),
        "missingProcedure",
        messages.missingProcedure(),
      );
      continue;
    }
    const subject = readRepeated(reader, r, "subject", subjects, readSubject);
    if (subject === null) {
      problems.error(
        sheet.name,
        reader.address(r, "subject"),
        "missingSubject",
        messages.missingSubject(),
      );
      continue;
    }
    let grade: number | null = null;
    if (procedure === "ВПР") {
      grade = reader.count(r, "grade");
      if (grade === null) {
        if (reader.address(r, "grade") === null || isBlank(reader.raw(r, "grade"))) {
          problems.error(
            sheet.name,
            reader.address(r, "grade") ?? reader.address(r, "procedure"),
            "missingGrade",
            messages.missingGrade(),
          );
        }
        continue;
      }
    }
    const byGrade = childMap(childMap(seriesIds, procedure), subject);
    let series = byGrade.get(grade ?? -1);
    if (series === undefined) byGrade.set(grade ?? -1, (series = nextSeries++));
    const identity = series * 10_000 + year; // a year has four digits (parseYear: 1990–2100)
    const schoolRows = (bySchool[school] ??= new Map());
    const earlier = schoolRows.get(identity);
    if (earlier !== undefined) {
      problems.error(
        sheet.name,
        reader.address(r, "school"),
        "duplicateResult",
        messages.duplicateResult(earlier.row),
      );
      continue;
    }
    kept.push(r);
    const row: ResultRow = {
      school,
      row: r + 1,
      year,
      procedure,
      subject,
      grade,
      participants: reader.count(r, "participants"),
      mean: reader.nonNegative(r, "mean"),
      failShare: null,
      lowered: null,
      confirmed: null,
      raised: null,
    };
    schoolRows.set(identity, row);
    rows.push(row);
  }

  const [failShare, lowered, confirmed, raised] = SHARE_KEYS.map((key) =>
    readShareColumn(reader, kept, key, problems),
  );
  rows.forEach((row, i) => {
    row.failShare = failShare[i] ?? null;
    row.lowered = lowered[i] ?? null;
    row.confirmed = confirmed[i] ?? null;
    row.raised = raised[i] ?? null;
  });
  const find = (
    school: number,
    procedure: string,
    subject: string,
    grade: number | null,
    year: number,
  ) => {
    const series = seriesIds
      .get(procedure)
      ?.get(subject)
      ?.get(grade ?? -1);
    // Only four-digit years have rows; any other year would fall on another series' key.
    if (series === undefined || !Number.isInteger(year) || year < 0 || year >= 10_000)
      return undefined;
    return bySchool[school]?.get(series * 10_000 + year);
  };
  return { rows, sheetName: sheet.name, columns: table.columns, find };
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const readYear: FieldRead<number> = (reader, row, key) => {
  const raw = reader.raw(row, key);
  // A year typed as a number is on nearly every row: no parse outcome object for it.
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1990 && raw <= 2100) return raw;
  const parsed = parseYear(raw);
  return parsed.kind === "ok"
    ? parsed.value
    : reader.take(row, key, parsed, (text) => messages.badYear(text));
};

const readProcedure: FieldRead<string> = (reader, row, key) => {
  const text = reader.text(row, key);
  return text === null ? null : normalizeProcedure(text);
};

const readSubject: FieldRead<string> = (reader, row, key) => {
  const text = reader.text(row, key);
  return text === null ? null : normalizeSubject(text);
};
