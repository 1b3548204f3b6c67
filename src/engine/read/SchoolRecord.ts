import type { SocialInput } from "../isbsh/socialInputs";
import type { RiskLevel } from "../types";
import type { FieldKind } from "./schema/FieldSpec";
import type { SCHOOL_COLUMNS } from "./schema/SCHOOL_COLUMNS";

/** A cell a value came from, for the source of every flag. */
export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
}

/** The cells of one school's ОО row, by field key. */
export interface RowCells {
  /** The cell of a field, or undefined when the sheet has no such column. */
  cell(key: string): SourceCell | undefined;
}

/** The cells of a school that has no sheet row (a formula's figures). */
export const NO_CELLS: RowCells = { cell: () => undefined };

type Column = (typeof SCHOOL_COLUMNS)[number];
type KeysOf<Kind extends FieldKind> = Extract<Column, { readonly kind: Kind }>["key"];

/** A school's value of each of the ОО sheet's own columns, typed by the column's kind. */
export type SchoolColumns = {
  readonly [K in KeysOf<"count"> | KeysOf<"number">]: number | null;
} & {
  readonly [K in Exclude<KeysOf<"text">, "name">]: string | null;
} & {
  /** The name, the one column every school has. */
  readonly name: string;
};

/**
 * One school of the ОО sheet, with its values parsed (missing values are null): a field for
 * each column of SCHOOL_COLUMNS, and what the readers derive from them.
 */
export interface SchoolRecord extends SchoolColumns {
  readonly index: number;
  /** The Excel row (1-based). */
  readonly row: number;
  /** Whether the school teaches grade 10, from its level or name. */
  readonly hasGrade10: boolean;
  readonly social: Partial<Record<SocialInput["key"], number>>;
  readonly riskLevels: ReadonlyMap<string, RiskLevel>;
  /** Where each field came from. */
  readonly cells: RowCells;
}
