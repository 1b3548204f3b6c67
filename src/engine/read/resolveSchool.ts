import { messages } from "../messages";
import type { Field } from "./Field";
import type { ProblemLog } from "./ProblemLog";
import { RepeatedField } from "./RepeatedField";
import type { SchoolMatcher } from "./SchoolMatcher";

/** The matcher with the names of the schools, for messages listing candidates. */
export interface SchoolRef {
  readonly matcher: SchoolMatcher;
  readonly names: readonly string[];
}

/**
 * The school a row refers to, or null with an error at the school cell when the name is
 * missing, unknown or fits several schools (SPEC 3.3 step 4, DECISIONS A-18).
 */
export function resolveSchool(
  field: Field,
  row: number,
  schools: SchoolRef,
  problems: ProblemLog,
): number | null {
  const text = field.text(row);
  const sheet = field.sheetName;
  // The cell's address is built only for a problem: most rows match, and sheets are long.
  if (text === null) {
    problems.error(sheet, field.address(row), messages.missingSchool());
    return null;
  }
  const match = schools.matcher.match(text);
  switch (match.kind) {
    case "matched":
      return match.index;
    case "notFound":
      problems.error(sheet, field.address(row), messages.schoolNotFound(text));
      return null;
    case "ambiguous":
      problems.error(
        sheet,
        field.address(row),
        messages.schoolAmbiguous(
          text,
          match.candidates.map((i) => schools.names[i]),
        ),
      );
      return null;
  }
}

/** The school column of a sheet, read row by row with {@link resolveSchool}. */
export function schoolField(
  field: Field,
  schools: SchoolRef,
  problems: ProblemLog,
): RepeatedField<number> {
  return new RepeatedField(field, (_, row) => resolveSchool(field, row, schools, problems));
}
