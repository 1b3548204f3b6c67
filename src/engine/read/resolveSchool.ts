import { messages } from "../messages";
import type { FieldReader } from "./FieldReader";
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
  reader: FieldReader,
  row: number,
  key: string,
  schools: SchoolRef,
  problems: ProblemLog,
): number | null {
  const text = reader.text(row, key);
  const sheet = reader.sheetName;
  // The cell's address is built only for a problem: most rows match, and sheets are long.
  if (text === null) {
    problems.error(sheet, reader.address(row, key), "missingSchool", messages.missingSchool());
    return null;
  }
  const match = schools.matcher.match(text);
  switch (match.kind) {
    case "matched":
      return match.index;
    case "notFound":
      problems.error(
        sheet,
        reader.address(row, key),
        "schoolNotFound",
        messages.schoolNotFound(text),
      );
      return null;
    case "ambiguous":
      problems.error(
        sheet,
        reader.address(row, key),
        "schoolAmbiguous",
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
  reader: FieldReader,
  schools: SchoolRef,
  problems: ProblemLog,
): RepeatedField<number> {
  return new RepeatedField(reader, "school", (_, row, key) =>
    resolveSchool(reader, row, key, schools, problems),
  );
}
