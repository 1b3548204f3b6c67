import { messages } from "../messages";
import { personKey } from "../text/personKey";
import type { Mutable, SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import type { Day } from "../Day";
import { ProblemLog } from "./ProblemLog";
import { RepeatedField, type FieldRead } from "./RepeatedField";
import { isDataRow, readTable, type Table } from "./readTable";
import { schoolField, type SchoolRef } from "./resolveSchool";
import { UnmatchedNames } from "./UnmatchedNames";

/** One row of Педагоги: a teacher × course (a teacher without courses has empty course cells). */
export interface TeacherRow {
  readonly school: number;
  readonly sheet: string;
  readonly row: number;
  /** The person's key within the school: the same exactly for the same normalized ФИО. */
  readonly person: string;
  readonly fio: string;
  readonly position: string | null;
  readonly course: string | null;
  readonly hours: number | null;
  readonly endDate: Day | null;
  readonly provider: string | null;
  /**
   * The columns of the sheet, shared by its rows, for the address of a cell a later problem
   * names: building two addresses per row cost time and memory on a million rows.
   */
  readonly columns: ReadonlyMap<string, number>;
}

/** Where the rows of Педагоги go as they are read. */
export interface TeacherSink {
  /**
   * Receives every valid row, in sheet order. The row object is the same for every call and
   * valid only during it: keep its fields, never the row.
   */
  add(row: TeacherRow): void;
  /** Called once right after the last row of a school, so that what it kept can be let go. */
  schoolDone(school: number): void;
}

export interface TeachersOutcome {
  /** Whether a Педагоги sheet with its required columns was read. */
  readonly present: boolean;
  readonly sheetName: string | null;
}

/**
 * Reads Педагоги (SPEC 3.1); rows without ФИО or with an unmatched school are errors and left out.
 *
 * @param sink Receives the valid rows. They are not kept: a country's sheet has a million of
 *   them, and КПК needs only what each person adds up to.
 */
export function readTeachers(
  sheet: SheetInput | undefined,
  schools: SchoolRef,
  problems: ProblemLog,
  sink: TeacherSink,
): TeachersOutcome {
  const none = { present: false, sheetName: sheet?.name ?? null };
  if (!sheet) return none;
  const table = readTable(sheet, "teachers", problems);
  if (!table) return none;
  if (table.missing.length > 0) {
    for (const key of table.missing)
      problems.error(sheet.name, null, messages.missingColumn(sheet.name, key));
    return none;
  }
  const reader = new FieldReader(table, problems);
  const lastRows = lastRowOfEachSchool(table, schools);
  const person = reader.field("person");
  const unmatched = new UnmatchedNames(sheet.name, "error", problems);
  const schoolColumn = schoolField(reader.field("school"), schools, problems, unmatched);
  const positionField = new RepeatedField(reader.field("position"), readText);
  const courseField = new RepeatedField(reader.field("course"), readText);
  const providerField = new RepeatedField(reader.field("provider"), readText);
  const hours = reader.field("hours");
  const endDate = reader.field("endDate");
  // One row object refilled for every row: a million rows made a million short-lived objects.
  const row: Mutable<TeacherRow> = {
    school: 0,
    sheet: sheet.name,
    row: 0,
    person: "",
    fio: "",
    position: null,
    course: null,
    hours: null,
    endDate: null,
    provider: null,
    columns: table.columns,
  };
  // A teacher's course rows are usually adjacent: the ФИО is normalized once per run of rows.
  let lastFio: string | null = null;
  let lastPerson = "";
  const rowCount = sheet.rows.length;
  const readRow = (r: number): void => {
    if (!isDataRow(table, r)) return;
    const fio = person.text(r);
    if (fio === null) {
      problems.error(sheet.name, person.address(r), messages.missingPerson());
      return;
    }
    const school = lastRows.schoolAt[r];
    if (school < 0) {
      schoolColumn.get(r); // matched again only to record why the school is unknown
      return;
    }
    if (fio !== lastFio) {
      lastFio = fio;
      lastPerson = personKey(fio);
    }
    row.school = school;
    row.row = r + 1;
    row.person = lastPerson;
    row.fio = fio;
    row.position = positionField.get(r);
    row.course = courseField.get(r);
    row.hours = hours.nonNegative(r);
    row.endDate = endDate.date(r);
    row.provider = providerField.get(r);
    sink.add(row);
  };
  for (let r = table.headerRow + 1; r < rowCount; r++) {
    readRow(r);
    const done = lastRows.schoolAt[r];
    if (done >= 0 && lastRows.last[done] === r) sink.schoolDone(done);
  }
  unmatched.finish();
  return { present: true, sheetName: sheet.name };
}

/**
 * The school of every row (-1 for none) and the last row of every school, found by a first pass
 * that records no problems: the reading pass takes the schools from here and records the
 * problems of the rows without one.
 */
function lastRowOfEachSchool(
  table: Table,
  schools: SchoolRef,
): { schoolAt: Int32Array; last: Int32Array } {
  const rowCount = table.sheet.rows.length;
  const schoolAt = new Int32Array(rowCount).fill(-1);
  const last = new Int32Array(schools.names.length).fill(-1);
  const unrecorded = new ProblemLog();
  const schoolColumn = schoolField(
    new FieldReader(table, unrecorded).field("school"),
    schools,
    unrecorded,
    new UnmatchedNames(table.sheet.name, "error", unrecorded),
  );
  for (let r = table.headerRow + 1; r < rowCount; r++) {
    if (!isDataRow(table, r)) continue;
    const school = schoolColumn.get(r);
    if (school === null) continue;
    schoolAt[r] = school;
    last[school] = r;
  }
  return { schoolAt, last };
}

const readText: FieldRead<string> = (field, row) => field.text(row);
