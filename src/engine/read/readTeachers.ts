import { messages } from "../messages";
import { normalizePerson } from "../text/normalizePerson";
import type { SheetInput } from "../types";
import { FieldReader } from "./FieldReader";
import type { Day } from "./parseValue";
import type { ProblemLog } from "./ProblemLog";
import { readTable } from "./readTable";
import { resolveSchool, type SchoolRef } from "./resolveSchool";

/** One row of Педагоги: a teacher × course (a teacher without courses has empty course cells). */
export interface TeacherRow {
  readonly school: number;
  readonly sheet: string;
  readonly row: number;
  /** The person's key within the school. */
  readonly person: string;
  readonly fio: string;
  readonly position: string | null;
  readonly course: string | null;
  readonly hours: number | null;
  readonly endDate: Day | null;
  readonly endDateCell: string | null;
  readonly provider: string | null;
  readonly providerCell: string | null;
}

export interface TeachersOutcome {
  readonly rows: TeacherRow[];
  /** Whether a Педагоги sheet with its required columns was read. */
  readonly present: boolean;
  readonly sheetName: string | null;
}

/** Reads Педагоги (SPEC 3.1); rows without ФИО or with an unmatched school are errors and left out. */
export function readTeachers(sheet: SheetInput | undefined, schools: SchoolRef, problems: ProblemLog): TeachersOutcome {
  const none = { rows: [], present: false, sheetName: sheet?.name ?? null };
  if (!sheet) return none;
  const table = readTable(sheet, "teachers", problems);
  if (!table) return none;
  if (table.missing.length > 0) {
    for (const key of table.missing) problems.error(sheet.name, null, "missingColumn", messages.missingColumn(sheet.name, key));
    return none;
  }
  const reader = new FieldReader(table, problems);
  const rows: TeacherRow[] = [];
  for (const r of table.dataRows) {
    const fio = reader.text(r, "person");
    if (fio === null) {
      problems.error(sheet.name, reader.address(r, "person"), "missingPerson", messages.missingPerson());
      continue;
    }
    const school = resolveSchool(reader, r, "school", schools, problems);
    if (school === null) continue;
    rows.push({
      school,
      sheet: sheet.name,
      row: r + 1,
      person: normalizePerson(fio),
      fio,
      position: reader.text(r, "position"),
      course: reader.text(r, "course"),
      hours: reader.nonNegative(r, "hours"),
      endDate: reader.date(r, "endDate"),
      endDateCell: reader.address(r, "endDate"),
      provider: reader.text(r, "provider"),
      providerCell: reader.address(r, "provider"),
    });
  }
  return { rows, present: true, sheetName: sheet.name };
}
