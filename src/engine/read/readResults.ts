import { messages } from "../messages";
import type { SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import { normalizeProcedure } from "./normalizeProcedure";
import { normalizeSubject } from "./normalizeSubject";
import { parseYear } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
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
}

const SHARE_KEYS = ["failShare", "lowered", "confirmed", "raised"] as const;

/**
 * Reads Результаты: rows of unmatched schools, with a bad year, without a ВПР grade and
 * duplicates are errors and left out; share columns are then judged
 * over the rows kept.
 */
export function readResults(sheet: SheetInput | undefined, schools: SchoolRef, problems: ProblemLog): ResultsOutcome {
  if (!sheet) return { rows: [], sheetName: null, columns: new Map() };
  const table = readTable(sheet, "results", problems);
  if (!table) return { rows: [], sheetName: sheet.name, columns: new Map() };
  if (table.missing.length > 0) {
    for (const key of table.missing) problems.error(sheet.name, null, "missingColumn", messages.missingColumn(sheet.name, key));
    return { rows: [], sheetName: sheet.name, columns: new Map() };
  }
  const reader = new FieldReader(table, problems);
  const rows: ResultRow[] = [];
  const kept: number[] = [];
  const seen = new Map<string, number>();
  const procedures = new Map<string, string>();
  const subjects = new Map<string, string>();

  for (const r of table.dataRows) {
    const school = resolveSchool(reader, r, "school", schools, problems);
    if (school === null) continue;
    const year = reader.take(r, "year", parseYear(reader.raw(r, "year")), (text) => messages.badYear(text));
    if (year === null) {
      if (reader.raw(r, "year") === null || reader.raw(r, "year") === undefined || String(reader.raw(r, "year")).trim() === "") {
        problems.error(sheet.name, reader.address(r, "year"), "missingYear", messages.missingYear());
      }
      continue;
    }
    const procedureText = reader.text(r, "procedure");
    if (procedureText === null) {
      problems.error(sheet.name, reader.address(r, "procedure"), "missingProcedure", messages.missingProcedure());
      continue;
    }
    const subjectText = reader.text(r, "subject");
    if (subjectText === null) {
      problems.error(sheet.name, reader.address(r, "subject"), "missingSubject", messages.missingSubject());
      continue;
    }
    const procedure = cached(procedures, procedureText, normalizeProcedure);
    const subject = cached(subjects, subjectText, normalizeSubject);
    let grade: number | null = null;
    if (procedure === "ВПР") {
      grade = reader.count(r, "grade");
      if (grade === null) {
        if (reader.address(r, "grade") === null || isBlank(reader.raw(r, "grade"))) {
          problems.error(sheet.name, reader.address(r, "grade") ?? reader.address(r, "procedure"), "missingGrade", messages.missingGrade());
        }
        continue;
      }
    }
    const identity = `${school}\u0000${year}\u0000${procedure}\u0000${subject}\u0000${grade ?? ""}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      problems.error(sheet.name, reader.address(r, "school"), "duplicateResult", messages.duplicateResult(earlier));
      continue;
    }
    seen.set(identity, r + 1);
    kept.push(r);
    rows.push({
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
    });
  }

  for (const key of SHARE_KEYS) {
    const shares = readShareColumn(reader, kept, key, problems);
    if (shares.size === 0) continue;
    kept.forEach((r, i) => {
      const share = shares.get(r);
      if (share !== undefined) rows[i][key] = share;
    });
  }
  return { rows, sheetName: sheet.name, columns: table.columns };
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function cached(cache: Map<string, string>, text: string, normalize: (text: string) => string): string {
  let value = cache.get(text);
  if (value === undefined) {
    value = normalize(text);
    cache.set(text, value);
  }
  return value;
}
