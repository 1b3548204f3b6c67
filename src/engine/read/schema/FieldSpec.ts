/** How a column's cells are read (SPEC 3.2): each kind has one parser in every reader. */
export type FieldKind =
  | "text"
  | "count"
  | "number"
  | "nonNegative"
  | "share"
  | "year"
  | "date"
  | "value"
  | "social"
  | "riskLevel";

/** One column a sheet may have: its key, its canonical header first, then its synonyms. */
export interface FieldSpec {
  readonly key: string;
  readonly kind: FieldKind;
  readonly headers: readonly string[];
  /** The column's name in messages; a column without one is named by its key. */
  readonly label?: string;
  readonly required?: boolean;
  /** For social inputs: headers that give a count to divide by students (METHOD-NOTES 1.1). */
  readonly countHeaders?: readonly string[];
  /** Text compared without case (a ФИС ОКО login), kept in lower case. */
  readonly lowerCase?: boolean;
}
