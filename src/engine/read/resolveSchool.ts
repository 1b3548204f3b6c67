import { messages } from "../messages";
import type { Field } from "./Field";
import type { ProblemLog } from "./ProblemLog";
import { RepeatedField } from "./RepeatedField";
import type { SchoolMatcher } from "./SchoolMatcher";
import type { UnmatchedNames } from "./UnmatchedNames";

/** The matcher with the names of the schools, for messages listing candidates. */
export interface SchoolRef {
  readonly matcher: SchoolMatcher;
  readonly names: readonly string[];
}

// Hints after «возможно:»: more would read as a list to choose from, not a hint.
const HINTS = 3;

/**
 * The school a row refers to, or null with an error at the school cell when the name is
 * missing; an unknown name, or one that fits several schools, is noted in `unmatched`, one
 * error per distinct name (SPEC 3.3 step 4, DECISIONS A-18, B-04).
 */
export function resolveSchool(
  field: Field,
  row: number,
  schools: SchoolRef,
  problems: ProblemLog,
  unmatched: UnmatchedNames,
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
    case "notFound": {
      let hints: string[] | undefined; // looked for once, though the text is worded twice
      unmatched.note(text, field.address(row)!, (rows) =>
        messages.schoolNotFound(
          text,
          rows,
          (hints ??= hintsFor(text, schools.matcher, (i) => schools.names[i])),
        ),
      );
      return null;
    }
    case "ambiguous": {
      const candidates = match.candidates.map((i) => schools.names[i]);
      unmatched.note(text, field.address(row)!, (rows) =>
        messages.schoolAmbiguous(text, candidates, rows),
      );
      return null;
    }
  }
}

/**
 * The names of the schools closest to an unmatched name, for «возможно: …» (B-04).
 *
 * @param nameOf The name of a school by its index.
 */
export function hintsFor(
  text: string,
  matcher: SchoolMatcher,
  nameOf: (index: number) => string,
): string[] {
  return matcher.closest(text, HINTS).map(nameOf);
}

/**
 * The school column of a sheet, read row by row with {@link resolveSchool}; the caller calls
 * `unmatched.finish()` once the sheet is read.
 */
export function schoolField(
  field: Field,
  schools: SchoolRef,
  problems: ProblemLog,
  unmatched: UnmatchedNames,
): RepeatedField<number> {
  return new RepeatedField(field, (_, row) =>
    resolveSchool(field, row, schools, problems, unmatched),
  );
}
