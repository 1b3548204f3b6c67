import { SOCIAL_INPUTS } from "../../isbsh/socialInputs";
import { fieldName, messages, type ProblemCode, type ProblemText } from "../../messages";

/** A cross-field check of a school's row: a count may not exceed another count of the row. */
export interface FieldLimit {
  readonly key: string;
  /** The key of the count it may not exceed. */
  readonly limit: string;
  /** The problem of a value over its limit: its code and its text. */
  said(value: number, limit: number): ProblemText<ProblemCode>;
}

/** A count of some of the school's students: no more than the students themselves. */
function aboveStudents(key: string): FieldLimit {
  return {
    key,
    limit: "students",
    said: (count, students) => messages.countAboveStudents(fieldName(key), count, students),
  };
}

/**
 * The cross-field checks of the ОО sheet, applied in this order by the workbook reader and by
 * the row reader of SHNOR.RISK. A value over its limit is an error: the sheet leaves the value
 * out, a row formula answers the error.
 */
export const FIELD_LIMITS: readonly FieldLimit[] = [
  { key: "cont10", limit: "grads9", said: messages.cont10AboveGrads },
  ...SOCIAL_INPUTS.map((input) => aboveStudents(input.key)),
];
