import { messages } from "../messages";
import type { SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import { normalizeProcedure } from "./normalizeProcedure";
import { normalizeSubject } from "./normalizeSubject";
import { parseYear } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { RepeatedField, type FieldRead } from "./RepeatedField";
import { ShareColumn } from "./readShareColumn";
import { isDataRow, readTable } from "./readTable";
import { schoolField, type SchoolRef } from "./resolveSchool";
import { ResultTable } from "./ResultTable";
import { UnmatchedNames } from "./UnmatchedNames";

export interface ResultsOutcome {
  /** The rows kept, in sheet order. */
  readonly table: ResultTable;
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
export function readResults(
  sheet: SheetInput | undefined,
  schools: SchoolRef,
  problems: ProblemLog,
): ResultsOutcome {
  const none = (sheetName: string | null) => ({
    table: new ResultTable(),
    sheetName,
    columns: new Map<string, number>(),
  });
  if (!sheet) return none(null);
  const table = readTable(sheet, "results", problems);
  if (!table) return none(sheet.name);
  if (table.missing.length > 0) {
    for (const key of table.missing)
      problems.error(sheet.name, null, messages.missingColumn(sheet.name, key));
    return none(sheet.name);
  }
  const reader = new FieldReader(table, problems);
  const rowCount = sheet.rows.length;
  // Room for every row below the header.
  const results = new ResultTable(Math.max(0, rowCount - table.headerRow - 1));
  const unmatched = new UnmatchedNames(sheet.name, "error", problems);
  const schoolColumn = schoolField(reader.field("school"), schools, problems, unmatched);
  const yearField = new RepeatedField(reader.field("year"), readYear);
  const procedureField = new RepeatedField(reader.field("procedure"), readProcedure);
  const subjectField = new RepeatedField(reader.field("subject"), readSubject);
  const grade = reader.field("grade");
  const participants = reader.field("participants");
  const mean = reader.field("mean");
  // The table has room for every data row, so its columns stay the arrays the share columns
  // and the counts write to.
  const participantsColumn = results.columnToFill("participants");
  const meanColumn = results.columnToFill("mean");
  const shareColumns = SHARE_KEYS.map(
    (key) => new ShareColumn(reader, key, results.columnToFill(key)),
  );

  for (let r = table.headerRow + 1; r < rowCount; r++) {
    if (!isDataRow(table, r)) continue;
    const school = schoolColumn.get(r);
    if (school === null) continue;
    const year = yearField.get(r);
    if (year === null) {
      if (isBlank(yearField.field.raw(r))) {
        const at = yearField.field.address(r);
        problems.error(sheet.name, at, messages.missingYear());
      }
      continue;
    }
    const procedure = procedureField.get(r);
    if (procedure === null) {
      const at = procedureField.field.address(r);
      problems.error(sheet.name, at, messages.missingProcedure());
      continue;
    }
    const subject = subjectField.get(r);
    if (subject === null) {
      const at = subjectField.field.address(r);
      problems.error(sheet.name, at, messages.missingSubject());
      continue;
    }
    let gradeValue: number | null = null;
    if (procedure === "ВПР") {
      gradeValue = grade.count(r);
      if (gradeValue === null) {
        if (isBlank(grade.raw(r))) {
          const at = grade.address(r) ?? procedureField.field.address(r);
          problems.error(sheet.name, at, messages.missingGrade());
        }
        continue;
      }
    }
    const series = results.seriesOf(procedure, subject, gradeValue);
    const index = results.add(school, r + 1, year, series);
    if (index < 0) {
      const earlier = results.excelRowAt(-index - 1);
      const at = schoolColumn.field.address(r);
      problems.error(sheet.name, at, messages.duplicateResult(earlier));
      continue;
    }
    const count = participants.count(r);
    if (count !== null) participantsColumn[index] = count;
    const meanValue = mean.nonNegative(r);
    if (meanValue !== null) meanColumn[index] = meanValue;
    for (const column of shareColumns) column.read(index, r);
  }
  unmatched.finish();
  const sheetRowOf = (i: number) => results.excelRowAt(i) - 1;
  for (const column of shareColumns) column.finish(results.length, sheetRowOf, problems);
  return { table: results, sheetName: sheet.name, columns: table.columns };
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const readYear: FieldRead<number> = (field, row) => {
  const raw = field.raw(row);
  // A year typed as a number is on nearly every row: no parse outcome object for it.
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1990 && raw <= 2100) return raw;
  const parsed = parseYear(raw);
  return parsed.kind === "ok"
    ? parsed.value
    : field.take(row, parsed, (text) => messages.badYear(text));
};

const readProcedure: FieldRead<string> = (field, row) => {
  const text = field.text(row);
  return text === null ? null : normalizeProcedure(text);
};

const readSubject: FieldRead<string> = (field, row) => {
  const text = field.text(row);
  return text === null ? null : normalizeSubject(text);
};
